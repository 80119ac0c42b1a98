package io.threadkeeper.core.store;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;

/**
 * Binds and reads {@link Instant} as {@code timestamptz} through {@link OffsetDateTime} in UTC, so
 * that no JVM or session time zone ever takes part in the conversion.
 */
final class InstantsAsTimestamptz {
  private InstantsAsTimestamptz() {}

  static final class Binder extends AbstractArgumentFactory<Instant> {
    Binder() {
      super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      OffsetDateTime utc = OffsetDateTime.ofInstant(value, ZoneOffset.UTC);
      return (position, statement, context) -> statement.setObject(position, utc);
    }
  }

  static final ColumnMapper<Instant> MAPPER =
      (rows, column, context) -> {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
      };
}
