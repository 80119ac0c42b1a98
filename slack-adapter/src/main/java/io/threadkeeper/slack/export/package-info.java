/**
 * Reads a Slack workspace export (a {@code .zip} or its unpacked folder) into the platform-neutral
 * {@link io.threadkeeper.core.event.ChatEvent}s that live Slack events produce.
 */
package io.threadkeeper.slack.export;
