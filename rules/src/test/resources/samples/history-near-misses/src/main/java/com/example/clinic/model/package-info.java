/**
 * The clinic's model: owners, pets, vets and visits.
 */
package com.example.clinic.model;
