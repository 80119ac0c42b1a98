/**
 * How Slack message and user objects read, shared by the export reader and the live event
 * translator so that both produce the same events from the same JSON.
 */
package io.threadkeeper.slack.message;
