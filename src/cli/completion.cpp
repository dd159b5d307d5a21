// `criterio completion bash|zsh|fish`: shell completion scripts generated
// from the command tree itself (CLI11 has no generator), so that they never
// fall behind the options. The build runs it to install the scripts.

#include <algorithm>
#include <iostream>

#include "cli/common.hpp"
#include "criterio/catalog.hpp"
#include "criterio/method.hpp"
#include "criterio/schema.hpp"

namespace criterio::cli {

namespace {

// What a shell offers for an option's value or a positional argument.
struct Values {
  enum class Kind { nothing, files, directories, words } kind = Kind::nothing;
  std::vector<std::string> words;
  bool also_files = false;  // words, and files too (-c takes a catalog name or a file)
};

struct OptionSpec {
  std::vector<std::string> longs, shorts;  // without dashes
  std::string description;
  bool takes_value = false;
  bool repeatable = false;
  Values values;
};

struct CommandSpec {
  std::string name, description;
  std::vector<OptionSpec> options;
  Values positional;  // what its positional arguments are
};

std::vector<std::string> method_names() {
  std::vector<std::string> names;
  for (const auto& m : methods()) names.push_back(m.name);
  return names;
}

// The choices an IsMember check leaves in an option's type name: "TEXT:{a,b}".
std::vector<std::string> choices_of(const CLI::Option& option) {
  const std::string type = option.get_type_name();
  const auto open = type.find('{'), close = type.rfind('}');
  std::vector<std::string> words;
  if (open == std::string::npos || close == std::string::npos || close < open) return words;
  for (std::size_t start = open + 1; start < close;) {
    const auto comma = std::min(type.find(',', start), close);
    words.push_back(type.substr(start, comma - start));
    start = comma + 1;
  }
  return words;
}

// The values an option or positional of `command` takes, by what it names.
Values values_of(const CLI::Option& option, const std::string& name, std::string_view command) {
  Values v;
  if (auto choices = choices_of(option); !choices.empty()) return {Values::Kind::words, choices, false};
  if (name == "method") return {Values::Kind::words, method_names(), false};
  if (name == "lang") return {Values::Kind::words, language_names(), false};
  if (name == "methods") {
    auto names = method_names();
    names.insert(names.begin(), "all");
    return {Values::Kind::words, names, false};
  }
  if (name == "criteria") return {Values::Kind::words, catalog_names(), true};
  if (name == "name" && command == "schema") return {Values::Kind::words, {schema_names().begin(), schema_names().end()}, false};
  if (name == "template" || name == "name") return {Values::Kind::words, catalog_names(), false};
  if (name == "output" || name == "providers" || name == "files" || name == "old" || name == "new")
    return {Values::Kind::files, {}, false};
  if (name == "directory") return {Values::Kind::directories, {}, false};
  return v;
}

// The first sentence of a help text, without what shells would misread.
std::string plain(std::string_view text) {
  std::string out;
  for (char c : text.substr(0, text.find(". "))) {
    if (c == '"' || c == '`' || c == '\\' || c == '[' || c == ']' || c == '$' || c == '\n') continue;
    if (c == '\'') out += "\u2019";  // a typographic apostrophe needs no quoting in any shell
    else if (c == ':') out += " -";
    else out += c;
  }
  if (out.size() > 80) out = out.substr(0, 77) + "...";
  return out;
}

OptionSpec option_spec(const CLI::Option& option) {
  OptionSpec spec;
  spec.longs = option.get_lnames();
  spec.shorts = option.get_snames();
  spec.description = plain(option.get_description());
  spec.takes_value = option.get_expected_max() > 0;
  spec.repeatable = option.get_items_expected_max() > 1;
  if (spec.takes_value) spec.values = values_of(option, spec.longs.empty() ? std::string() : spec.longs.front(), {});
  return spec;
}

CommandSpec command_spec(const CLI::App& app) {
  CommandSpec spec{app.get_name(), plain(app.get_description()), {}, {}};
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_positional()) {
      if (spec.positional.kind == Values::Kind::nothing)
        spec.positional = values_of(*option, option->get_name(), app.get_name());
      continue;
    }
    spec.options.push_back(option_spec(*option));
  }
  return spec;
}

std::string joined(const std::vector<std::string>& words, std::string_view separator = " ") {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : std::string(separator)) + w;
  return out;
}

std::vector<std::string> flags(const OptionSpec& o) {
  std::vector<std::string> out;
  for (const auto& s : o.shorts) out.push_back("-" + s);
  for (const auto& l : o.longs) out.push_back("--" + l);
  return out;
}

// ------------------------------------------------------------------- bash

std::string bash_values(const Values& v) {
  switch (v.kind) {
    case Values::Kind::words:
      return "COMPREPLY=($(compgen -W \"" + joined(v.words) + "\" -- \"$cur\")" +
             (v.also_files ? " $(compgen -f -- \"$cur\")" : "") + ")";
    case Values::Kind::files: return "COMPREPLY=($(compgen -f -- \"$cur\"))";
    case Values::Kind::directories: return "COMPREPLY=($(compgen -d -- \"$cur\"))";
    case Values::Kind::nothing: break;
  }
  return "COMPREPLY=()";
}

std::string bash_command_case(const CommandSpec& c, const CommandSpec& global) {
  std::string out = "    " + (c.name.empty() ? std::string("\"\"") : c.name) + ")\n      case \"$prev\" in\n";
  std::vector<std::string> all;
  for (const CommandSpec* spec : {&c, &global})
    for (const auto& o : spec->options) {
      const auto names = flags(o);
      all.insert(all.end(), names.begin(), names.end());
      if (o.takes_value) out += "        " + joined(names, "|") + ") " + bash_values(o.values) + "; return ;;\n";
    }
  out += "      esac\n";
  out += "      if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \"" + joined(all) + "\" -- \"$cur\")); return; fi\n";
  if (c.name.empty()) out += "      COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\"))\n";
  else out += "      " + bash_values(c.positional) + "\n";
  return out + "      ;;\n";
}

std::string bash_script(const std::vector<CommandSpec>& commands, const CommandSpec& global) {
  std::vector<std::string> names;
  for (const auto& c : commands) names.push_back(c.name);
  std::string out =
      "# bash completion for criterio; generated by `criterio completion bash`.\n"
      "_criterio() {\n"
      "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
      "  local commands=\"" + joined(names) + "\" command=\"\" i\n"
      "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      "    case \" $commands \" in *\" ${COMP_WORDS[i]} \"*) command=\"${COMP_WORDS[i]}\"; break ;; esac\n"
      "  done\n"
      "  case \"$command\" in\n";
  for (const auto& c : commands) out += bash_command_case(c, global);
  CommandSpec root = global;
  root.name.clear();
  out += bash_command_case(root, CommandSpec{});
  out += "  esac\n}\ncomplete -o filenames -o bashdefault -F _criterio criterio\n";
  return out;
}

// -------------------------------------------------------------------- zsh

std::string zsh_action(const Values& v) {
  switch (v.kind) {
    case Values::Kind::words: return "(" + joined(v.words) + ")";
    case Values::Kind::files: return "_files";
    case Values::Kind::directories: return "_files -/";
    case Values::Kind::nothing: break;
  }
  return " ";
}

std::string zsh_option(const OptionSpec& o) {
  const auto names = flags(o);
  std::string exclusion = names.size() > 1 && !o.repeatable ? "'(" + joined(names) + ")'" : std::string();
  std::string repeat = o.repeatable ? "'*'" : std::string();
  std::string spec = "'[" + o.description + "]";
  if (o.takes_value) {
    std::string action = zsh_action(o.values);
    if (o.values.also_files) action = "{_files; compadd " + joined(o.values.words) + "}";
    spec += ":" + (o.longs.empty() ? std::string("value") : o.longs.front()) + ":" + action;
  }
  spec += "'";
  const std::string head = names.size() > 1 ? "{" + joined(names, ",") + "}" : names.front();
  return exclusion + repeat + head + spec;
}

std::string zsh_script(const std::vector<CommandSpec>& commands, const CommandSpec& global) {
  std::string out =
      "#compdef criterio\n"
      "# zsh completion for criterio; generated by `criterio completion zsh`.\n"
      "_criterio() {\n"
      "  local curcontext=\"$curcontext\" state line\n"
      "  local -a commands\n"
      "  commands=(\n";
  for (const auto& c : commands) out += "    '" + c.name + ":" + c.description + "'\n";
  out += "  )\n  _arguments -C \\\n";
  for (const auto& o : global.options) out += "    " + zsh_option(o) + " \\\n";
  out += "    '1: :->command' \\\n    '*:: :->arguments'\n";
  out += "  case $state in\n    command) _describe -t commands 'criterio command' commands ;;\n"
         "    arguments)\n      case $line[1] in\n";
  for (const auto& c : commands) {
    out += "        " + c.name + ")\n          _arguments \\\n";
    for (const auto& o : c.options) out += "            " + zsh_option(o) + " \\\n";
    out += "            '*: :" + zsh_action(c.positional) + "'\n          ;;\n";
  }
  out += "      esac\n      ;;\n  esac\n}\n_criterio \"$@\"\n";
  return out;
}

// ------------------------------------------------------------------- fish

std::string fish_option(const OptionSpec& o, const std::string& condition) {
  std::string line = "complete -c criterio -n '" + condition + "'";
  for (const auto& s : o.shorts) line += " -s " + s;
  for (const auto& l : o.longs) line += " -l " + l;
  line += " -d '" + o.description + "'";
  if (!o.takes_value) return line + "\n";
  switch (o.values.kind) {
    case Values::Kind::words:
      line += (o.values.also_files ? " -r -F" : " -x") + std::string(" -a '") + joined(o.values.words) + "'";
      break;
    case Values::Kind::files: line += " -r -F"; break;
    case Values::Kind::directories: line += " -x -a '(__fish_complete_directories)'"; break;
    case Values::Kind::nothing: line += " -x"; break;
  }
  return line + "\n";
}

std::string fish_script(const std::vector<CommandSpec>& commands, const CommandSpec& global) {
  std::string out =
      "# fish completion for criterio; generated by `criterio completion fish`.\n"
      "complete -c criterio -f\n";
  for (const auto& o : global.options) out += fish_option(o, "__fish_use_subcommand");
  for (const auto& c : commands)
    out += "complete -c criterio -n __fish_use_subcommand -a " + c.name + " -d '" + c.description + "'\n";
  for (const auto& c : commands) {
    const std::string condition = "__fish_seen_subcommand_from " + c.name;
    for (const auto& o : c.options) out += fish_option(o, condition);
    switch (c.positional.kind) {
      case Values::Kind::words:
        out += "complete -c criterio -n '" + condition + "' -a '" + joined(c.positional.words) + "'\n";
        break;
      case Values::Kind::files: out += "complete -c criterio -n '" + condition + "' -F\n"; break;
      case Values::Kind::directories:
        out += "complete -c criterio -n '" + condition + "' -a '(__fish_complete_directories)'\n";
        break;
      case Values::Kind::nothing: break;
    }
  }
  return out;
}

}  // namespace

std::string completion_script(const CLI::App& app, std::string_view shell) {
  const CommandSpec global = command_spec(app);
  std::vector<CommandSpec> commands;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
    commands.push_back(command_spec(*command));
  if (shell == "bash") return bash_script(commands, global);
  if (shell == "zsh") return zsh_script(commands, global);
  return fish_script(commands, global);
}

void setup_completion(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto shell = std::make_shared<std::string>();
  auto output = std::make_shared<OutputOptions>();
  CLI::App* command = app.add_subcommand("completion", "Print a shell completion script: bash, zsh or fish");
  command->add_option("shell", *shell, "The shell")->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
  command->add_option("-o,--output", output->output, "Write to FILE (atomically) instead of standard output");
  command->footer(
      "The packages install the scripts; by hand:\n"
      "  criterio completion bash > ~/.local/share/bash-completion/completions/criterio\n"
      "  criterio completion zsh > ~/.zfunc/_criterio      # with fpath+=(~/.zfunc) before compinit\n"
      "  criterio completion fish > ~/.config/fish/completions/criterio.fish");
  command->callback([&app, shell, output, &global, &exit_code] {
    emit(completion_script(app, *shell), *output, global);
    exit_code = 0;
  });
}

}  // namespace criterio::cli
