package io.threadkeeper.discord;

import io.threadkeeper.core.command.CommandHelp;
import io.threadkeeper.core.command.ConfigKey;
import io.threadkeeper.core.command.Subcommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/**
 * The {@code /async} slash command as Discord shows it, built from the core's subcommand list so
 * both stay in step: one subcommand each, {@code config} a group with one subcommand per setting.
 * Option names come from {@link CommandHelp#discordOptions}. Stateless and thread-safe.
 */
final class AsyncSlashCommand {
  static final String NAME = "async";

  /** Options whose absence the grammar rejects; Discord then asks for them up front. */
  private static final Set<String> REQUIRED =
      Set.of("member", "zone", "hours", "duration", "value");

  private static final int MAX_DESCRIPTION = 100;

  private AsyncSlashCommand() {}

  static SlashCommandData definition() {
    SlashCommandData command =
        Commands.slash(NAME, "Async norms: owners, reply windows, summaries")
            .setContexts(InteractionContextType.GUILD);
    for (Subcommand subcommand : Subcommand.values()) {
      if (subcommand == Subcommand.CONFIG) {
        command.addSubcommandGroups(configGroup());
      } else {
        command.addSubcommands(
            new SubcommandData(subcommand.commandName(), describe(subcommand.purpose()))
                .addOptions(options(subcommand)));
      }
    }
    return command;
  }

  private static SubcommandGroupData configGroup() {
    SubcommandGroupData group =
        new SubcommandGroupData(
            Subcommand.CONFIG.commandName(), "show or change this channel's norms (moderators)");
    for (ConfigKey key : ConfigKey.values()) {
      SubcommandData setting = new SubcommandData(key.settingName(), describe(key.purpose()));
      if (key != ConfigKey.SHOW) {
        setting.addOptions(options(Subcommand.CONFIG));
      }
      group.addSubcommands(setting);
    }
    return group;
  }

  private static List<OptionData> options(Subcommand subcommand) {
    List<OptionData> options = new ArrayList<>();
    for (String name : CommandHelp.discordOptions(subcommand)) {
      options.add(new OptionData(typeOf(name), name, describe(name), REQUIRED.contains(name)));
    }
    return options;
  }

  private static OptionType typeOf(String option) {
    return switch (option) {
      case "member" -> OptionType.USER;
      case "confirm" -> OptionType.BOOLEAN;
      default -> OptionType.STRING;
    };
  }

  private static String describe(String text) {
    return EmbedRenderer.cut(text, MAX_DESCRIPTION);
  }

  /**
   * What decides whether Discord's copy of the command is current: names, descriptions, option
   * names, types and whether they are required. Computed the same way for our definition and for a
   * definition read back from Discord, so that fields Discord adds do not matter.
   */
  static String signature(SlashCommandData command) {
    StringBuilder text =
        new StringBuilder(command.getName()).append('|').append(command.getDescription());
    command.getSubcommands().forEach(sub -> text.append(signature("", sub)));
    command
        .getSubcommandGroups()
        .forEach(
            group ->
                group
                    .getSubcommands()
                    .forEach(sub -> text.append(signature(group.getName() + " ", sub))));
    return text.toString();
  }

  private static String signature(String prefix, SubcommandData sub) {
    return Arrays.asList(
            "\n" + prefix + sub.getName(),
            sub.getDescription(),
            sub.getOptions().stream()
                .map(
                    o ->
                        o.getName()
                            + ":"
                            + o.getType()
                            + ":"
                            + o.isRequired()
                            + ":"
                            + o.getDescription())
                .collect(Collectors.joining(",")))
        .stream()
        .collect(Collectors.joining("|"));
  }
}
