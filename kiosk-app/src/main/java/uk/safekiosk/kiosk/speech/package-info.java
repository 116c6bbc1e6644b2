/**
 * Read aloud: a "Read to me" button that reads a text already on the screen with the browser's own speech synthesis.
 * No text ever leaves the browser for it, and nothing is sent to the server when a child presses it.
 */
package uk.safekiosk.kiosk.speech;
