/**
 * Reads a DiscordChatExporter JSON export (one channel's file, or a folder of them for a whole
 * server) into the platform-neutral {@link io.threadkeeper.core.event.ChatEvent}s that live Discord
 * events produce.
 */
package io.threadkeeper.discord.export;
