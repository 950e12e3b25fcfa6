package io.callqa.config;

/** A configuration file that cannot be used; the message names the file, the line and what to fix. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
