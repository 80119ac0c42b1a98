/**
 * Holiday calendars: where a workspace's iCalendar comes from and which local dates it makes
 * holidays. The store keeps the dates; the business-time arithmetic skips them.
 */
package io.threadkeeper.core.holiday;
