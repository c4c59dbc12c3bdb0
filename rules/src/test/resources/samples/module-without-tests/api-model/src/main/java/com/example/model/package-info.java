/** The build model, generated from its description at build time. */
package com.example.model;
