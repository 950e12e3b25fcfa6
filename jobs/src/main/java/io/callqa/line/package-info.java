/**
 * What a telephone line and a recorder add to a two-channel call, found and taken out before recognition: the other
 * party's voice leaking into a channel (hybrid echo, headset leakage), uneven levels, hold music and keypad tones.
 * Plain Java over 16-bit samples; nothing here knows of Vosk or Spark.
 */
package io.callqa.line;
