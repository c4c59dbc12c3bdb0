/** Library helpers. */
package com.example.lib;
