/**
 * Facts one area announces to the others as CDI events, declared here in the model so that the
 * area that fires one and the areas that observe it never depend on each other (training fires
 * {@link com.cxcentric.events.CertificationGranted}; rewards' badges observe it). Plain records of
 * ids, codes and dates: this package depends on no other of the application.
 */
package com.cxcentric.events;
