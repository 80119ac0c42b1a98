/**
 * The live Slack adapter: a Bolt app (Socket Mode or HTTP) that translates what Slack sends into
 * {@link io.threadkeeper.core.event.ChatEvent}s for the inbox and the command desk, and a {@link
 * io.threadkeeper.core.port.ChatPlatform} that sends the bot's messages. It translates and never
 * decides.
 */
package io.threadkeeper.slack;
