/**
 * Synthetic two-channel calls with known ground truth: scripted dialogues spoken by flite voices, laid onto a
 * timeline, one party per channel, and written as 8 kHz G.711 μ-law WAV like a telephone recorder would.
 *
 * <p>Real recordings come without an exact account of who spoke when; these do, so the pipeline's transcripts,
 * talk times, silences and interruptions can be checked against numbers that follow from the script.
 */
package io.callqa.samples;
