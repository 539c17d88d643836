"""Shell completion: what a TAB offers, the scripts that ask for it, and their install.

A TAB must feel instant, so this never imports Typer or Rich and is never replayed:
the words typed so far are read against the command tree (``app/command_tree.py``,
a plain copy of the CLI's declarations), and ids come from the roadmap and progress
files through the validated-copy cache, as the fast path reads them. Only the
ids of actions and phases need those files; commands, options and fixed choices
need nothing but the tree.

The protocol between a script and the program: the script runs the program with
``_FASHIONCOACH_COMPLETE`` set to the shell's name and the words after the program's
name as arguments, the last one being the word under the cursor (maybe empty). The
first line of the answer says what to offer: ``:values`` and the candidates after
it (zsh gets ``value:description``, fish ``value<TAB>description``), or ``:files``
or ``:toml`` for the shell's own file completion. An answer never holds an error: any
problem means no candidates. Scripts that Typer installed for earlier releases set
``complete_bash``, ``complete_zsh`` or ``complete_fish`` instead; they are answered
in their own format, so an old install keeps working until it is replaced.
"""

from __future__ import annotations

import os

from fashioncoach import paths
from fashioncoach.app.command_line import TypedLine
from fashioncoach.app.command_tree import COMMANDS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    from fashioncoach.app.command_types import Option
    from fashioncoach.app.session import Settings
    from fashioncoach.views.situation import Situation

COMPLETE_ENV = "_FASHIONCOACH_COMPLETE"
LEGACY_WORDS_ENV = "_TYPER_COMPLETE_ARGS"
LEGACY_FISH_ACTION_ENV = "_TYPER_COMPLETE_FISH_ACTION"
SHELLS = paths.SHELLS

# What each argument of each command completes to: the ids of actions (``open``: the
# ones today lists as open; ``resolved``: done or skipped; ``actions``: all), phase
# ids, commands, files (``toml``: roadmaps), or nothing (""). Arguments with fixed
# choices complete to them; tests/test_completion.py checks every other argument is here.
ARGUMENT_KINDS: dict[tuple[str, str], str] = {
    ("done", "ID"): "open",
    ("skip", "ID"): "open",
    ("undo", "ID"): "resolved",
    ("note", "ID"): "actions",
    ("note", "TEXT"): "",
    ("evidence", "ID"): "actions",
    ("evidence", "PATH_OR_URL"): "files",
    ("hint", "ID"): "actions",
    ("phase show", "PHASE"): "phases",
    ("import", "FILE"): "files",
    ("restore", "BACKUP"): "",
    ("set hours", "HOURS"): "",
    ("roadmap validate", "PATH"): "toml",
    ("roadmap import", "GUIDE"): "files",
    ("roadmap use", "PATH"): "toml",
    ("help", "COMMAND"): "commands",
}
# Options whose value is a file name complete to files, ``--roadmap`` to roadmaps.
TOML_OPTIONS = frozenset({"--roadmap"})
ID_KINDS = frozenset({"open", "resolved", "actions", "phases"})


class Answer:
    """What to offer: candidates with their descriptions, or the shell's file names."""

    def __init__(self, mode: str = "values", values: list[tuple[str, str]] | None = None):
        self.mode = mode  # "values", "files" or "toml"
        self.values = values or []


def answer(words: list[str], *, read_ids: bool = True) -> Answer:
    """What to offer for the last of ``words`` (the word under the cursor), the words
    before it being those typed after the program's name."""
    *before, current = words or [""]
    line = TypedLine(before)
    if line.expecting is not None:
        return _values_of(line, line.expecting, current, prefix="")
    if current.startswith("--") and "=" in current and not line.literal:
        name, _, partial = current.partition("=")
        option = line.find(name)
        if option is None or not option["value"]:
            return Answer()
        return _values_of(line, option, partial, prefix=name + "=")
    if current.startswith("-") and not line.literal:
        return Answer(values=_options(line, current))
    if line.command["commands"] and not line.positionals:
        return Answer(values=_subcommands(line.path, current))
    argument = line.argument()
    if argument is None:
        return Answer()
    if argument["choices"]:
        return Answer(values=_matching([(c, "") for c in argument["choices"]], current))
    kind = ARGUMENT_KINDS.get((line.path, argument["name"]), "")
    if kind in ("files", "toml"):
        return Answer(mode=kind)
    if kind == "commands":
        return Answer(values=_help_topics(line.positionals, current))
    if kind in ID_KINDS and read_ids:
        taken = set(line.positionals)
        found = [(value, title) for value, title in _ids(line, kind) if value not in taken]
        return Answer(values=_matching(found, current))
    return Answer()


def _matching(values: list[tuple[str, str]], current: str) -> list[tuple[str, str]]:
    return [(value, about) for value, about in values if value.startswith(current)]


def _options(line: TypedLine, current: str) -> list[tuple[str, str]]:
    offered: list[tuple[str, str]] = []
    groups = [line.command] if not line.path else [line.command, COMMANDS[""]]
    for command in groups:
        for option in command["options"]:
            name = option["names"][-1]
            if option["hidden"] or (name in line.used and not option["many"]):
                continue
            offered.append((name, _first_sentence(option["help"])))
    offered.append(("--help", "Show the help of this command."))
    return _matching(list(dict.fromkeys(offered)), current)


def _subcommands(path: str, current: str) -> list[tuple[str, str]]:
    found = []
    for name in COMMANDS[path]["commands"]:
        child = COMMANDS[f"{path} {name}".strip()]
        if not child["hidden"]:
            found.append((name, child["summary"]))
    return _matching(found, current)


def _help_topics(words: list[str], current: str) -> list[tuple[str, str]]:
    path = " ".join(words)
    if path not in COMMANDS or not COMMANDS[path]["commands"]:
        return []
    return _subcommands(path, current)


def _first_sentence(text: str) -> str:
    first = text.split("\n\n", 1)[0].replace("\n", " ")
    return first.split(". ", 1)[0].rstrip(".") + "." if first else ""


def _values_of(line: TypedLine, option: Option, partial: str, *, prefix: str) -> Answer:
    if option["choices"]:
        found = _matching([(choice, "") for choice in option["choices"]], partial)
        return Answer(values=[(prefix + value, about) for value, about in found])
    if option["path"] and not prefix:
        return Answer(mode="toml" if option["names"][-1] in TOML_OPTIONS else "files")
    return Answer()


def _ids(line: TypedLine, kind: str) -> list[tuple[str, str]]:
    """The ids the files hold, or none at all when anything is amiss: a completion
    never shows an error. A TAB again on unchanged files reads last time's answer."""
    import time

    from fashioncoach.app.answers import remembered
    from fashioncoach.model.limits import read_date

    roadmap = line.value("--roadmap")
    today = line.value("--today")
    day = read_date(today) if today else None
    if today and day is None:
        return []

    def compute() -> list[tuple[str, str]]:
        from pathlib import Path

        from fashioncoach.app.session import Settings

        option = Path(os.path.expanduser(roadmap)) if roadmap else None
        return ids_of(Settings.current(roadmap_option=option, today=day), kind)

    try:
        key = _key(kind, roadmap, today or time.strftime("%Y-%m-%d"))
        found = remembered("complete", key, compute)
        return [(str(value), str(title)) for value, title in found]
    except Exception:
        return []


def _key(kind: str, option: str | None, day: str) -> tuple[object, ...]:
    """What an answer of ids depends on besides the files read: the kind, the roadmap
    the line selects and the day."""
    selected = paths.selected_roadmap_text(os.path.expanduser(option) if option else None)
    return (kind, os.path.abspath(selected), day)


def remember_ids(
    settings: Settings, situation: Situation, *, roadmap: Path, progress: Path
) -> None:
    """Keep what ``done <TAB>`` and ``undo <TAB>`` will offer, from the situation a
    command has just worked out (``today``, or ``done`` after its change), so the next
    TAB reads it instead of working it out again."""
    from fashioncoach.app.answers import remember
    from fashioncoach.model.limits import MAX_PROGRESS_BYTES, MAX_ROADMAP_BYTES
    from fashioncoach.views.today import week_share

    titles = {action.id: action.title for action in situation.actions}
    answers = {
        "open": [(line.id, line.title) for line in week_share(situation) if line.status == "open"],
        "resolved": [(item, titles.get(item, "")) for item in situation.history.statuses],
    }
    option = str(settings.roadmap_option) if settings.roadmap_option is not None else None
    files = [
        (paths.roadmaps_file_text(), paths.MAX_ROADMAPS_FILE_BYTES),
        (str(roadmap.absolute()), MAX_ROADMAP_BYTES),
        (str(progress.absolute()), MAX_PROGRESS_BYTES),
    ]
    try:
        for kind, answer in answers.items():
            remember("complete", _key(kind, option, settings.today.isoformat()), answer, files)
    except Exception:  # only a copy: it never fails the command that keeps it
        return


def ids_of(settings: Settings, kind: str) -> list[tuple[str, str]]:
    """The ids of ``kind``, each with its title: ``open`` (the ones ``today`` shows as
    open), ``resolved`` (done or skipped), ``actions`` (every action) or ``phases``."""
    from fashioncoach.app.session import load_roadmap, store_for

    roadmap, _ = load_roadmap(settings)
    if kind == "phases":
        return [(phase.id, phase.title) for phase in roadmap.phases]
    titles = {action.id: action.title for _, _, action in roadmap.actions()}
    if kind == "actions":
        return list(titles.items())
    progress = store_for(roadmap).load()
    if progress is None:
        return []
    if kind == "resolved":
        from fashioncoach.core.log import fold

        ids = list(fold(progress, roadmap, day=settings.today).statuses)
    else:
        from fashioncoach.views.today import open_action_ids_this_week

        ids = open_action_ids_this_week(roadmap=roadmap, progress=progress, today=settings.today)
    return [(action_id, titles.get(action_id, "")) for action_id in ids]


# --- the protocol -------------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(text.split())


def formatted(result: Answer, shell: str) -> str:
    """The answer as the script for ``shell`` reads it."""
    if result.mode != "values":
        return f":{result.mode}\n"
    lines = [":values"]
    for value, about in result.values:
        if shell == "zsh":
            escaped = value.replace("\\", "\\\\").replace(":", "\\:")
            lines.append(f"{escaped}:{_one_line(about)}" if about else escaped)
        elif shell == "fish":
            lines.append(f"{value}\t{_one_line(about)}" if about else value)
        else:
            lines.append(value)
    return "\n".join(lines) + "\n"


def _split(text: str) -> list[str]:
    import shlex

    try:
        return shlex.split(text)
    except ValueError:  # an open quote: the word being typed
        return text.split()


def _bash_words(words: list[str]) -> list[str]:
    """bash splits ``--today=2027`` into three words (``=`` is a word break): join them."""
    joined: list[str] = []
    for word in words:
        if joined and (word == "=" or joined[-1].endswith("=")) and joined[-1].startswith("--"):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def legacy(style: str, environ: Mapping[str, str]) -> tuple[str, int]:
    """The answer for a script Typer installed, in that script's own format."""
    if style == "complete_bash":
        words = _split(environ.get("COMP_WORDS", ""))
        try:
            index = int(environ.get("COMP_CWORD", ""))
        except ValueError:
            return "", 0
        typed = words[1:index]
        current = words[index] if index < len(words) else ""
        result = answer([*typed, current])
        return "".join(f"{value}\n" for value, _ in result.values), 0
    text = environ.get(LEGACY_WORDS_ENV, "")
    words = _split(text)[1:]
    current = words.pop() if words and not text.endswith(" ") else ""
    result = answer([*words, current])
    if style == "complete_fish":
        shown = [
            f"{value}\t{_one_line(about)}" if about else value for value, about in result.values
        ]
        if environ.get(LEGACY_FISH_ACTION_ENV) == "is-args":
            return "", 0 if shown else 1
        return "".join(f"{item}\n" for item in shown), 0
    if not result.values:
        return "_files\n", 0

    def quoted(text: str) -> str:
        # A double-quoted word inside a single-quoted one, for the script's eval.
        inner = text.replace("\\", "\\\\").replace('"', '\\"').replace(":", "\\:")
        return '"' + inner.replace("'", "'\\''") + '"'

    items = " ".join(
        f"{quoted(value)}:{quoted(_one_line(about))}" if about else quoted(value)
        for value, about in result.values
    )
    return f"_arguments '*: :(({items}))'\n", 0


def respond(argv: list[str], environ: Mapping[str, str]) -> tuple[str, int]:
    """The output and exit status for a completion request (``COMPLETE_ENV`` is set)."""
    style = environ.get(COMPLETE_ENV, "")
    if style in SHELLS:
        words = _bash_words(argv) if style == "bash" else argv
        result = answer(words)
        current = words[-1] if words else ""
        if style == "bash" and current.startswith("--") and "=" in current:
            # bash completes only what follows the "=" (a word break of its own).
            cut = current.index("=") + 1
            result.values = [(value[cut:], about) for value, about in result.values]
        return formatted(result, style), 0
    if style in ("complete_bash", "complete_zsh", "complete_fish"):
        return legacy(style, environ)
    if style.startswith("source_") and style[7:] in SHELLS:
        return script(style[7:]), 0
    return "", 1


# --- the scripts --------------------------------------------------------------------

_BASH = r"""# bash completion for fashioncoach (fashioncoach completion bash)
_fashioncoach_complete() {
    local IFS=$'\n' cur="${COMP_WORDS[COMP_CWORD]}"
    local -a answer
    answer=($(_FASHIONCOACH_COMPLETE=bash "${COMP_WORDS[0]}" \
        "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
    case "${answer[0]}" in
        :files)
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -f -- "$cur")) ;;
        :toml)
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -d -- "$cur") $(compgen -f -X '!*.toml' -- "$cur")) ;;
        *)
            COMPREPLY=("${answer[@]:1}") ;;
    esac
}
complete -F _fashioncoach_complete fashioncoach
"""

_ZSH = r"""#compdef fashioncoach
# zsh completion for fashioncoach (fashioncoach completion zsh)
_fashioncoach() {
    local -a answer candidates
    answer=("${(@f)$(_FASHIONCOACH_COMPLETE=zsh "${words[1]}" \
        "${(@)words[2,CURRENT]}" 2>/dev/null)}")
    case "${answer[1]}" in
        :files) _files ;;
        :toml) _files -g '*.toml' ;;
        :values)
            candidates=("${(@)answer[2,-1]}")
            (( ${#candidates} )) && _describe -t values fashioncoach candidates ;;
    esac
}
if [[ "${zsh_eval_context[-1]}" == loadautofunc ]]; then
    _fashioncoach "$@"
else
    compdef _fashioncoach fashioncoach
fi
"""

_FISH = r"""# fish completion for fashioncoach (fashioncoach completion fish)
function __fashioncoach_complete
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    set -e words[1]
    set -l answer (env _FASHIONCOACH_COMPLETE=fish fashioncoach $words "$current" 2>/dev/null)
    switch "$answer[1]"
        case :files
            __fish_complete_path "$current"
        case :toml
            # Folders to walk into, and roadmap files: no other file.
            __fish_complete_path "$current" | string match -r -- '^[^\t]*(?:\.toml|/)(?:\t.*)?$'
        case :values
            printf '%s\n' $answer[2..-1]
    end
end
complete --command fashioncoach --no-files --arguments '(__fashioncoach_complete)'
"""


def script(shell: str) -> str:
    """The completion script for ``shell``."""
    return {"bash": _BASH, "zsh": _ZSH, "fish": _FISH}[shell]


def startup_lines(shell: str, installed: Path) -> str:
    """The lines that load ``installed`` from the shell's start-up file: nothing else
    (no style or option of the shell's is set), and only when missing."""
    import shlex

    quoted = shlex.quote(str(installed))
    if shell == "zsh":
        # compdef needs zsh's completion system; start it only when nothing has.
        return (
            "# fashioncoach completion (fashioncoach completion zsh --install)\n"
            "(( ${+functions[compdef]} )) || { autoload -Uz compinit && compinit; }\n"
            f"source {quoted}\n"
        )
    return f"# fashioncoach completion (fashioncoach completion bash --install)\nsource {quoted}\n"


def install(shell: str) -> list[str]:
    """Write the script where ``shell`` finds it, and the line that loads it into the
    shell's start-up file when it needs one; what was done, one sentence each."""
    import shlex

    from fashioncoach.errors import FashionCoachError
    from fashioncoach.store.disk import SHARED_FILE, atomic_write, os_reason

    target = paths.completion_script(shell)
    done = []
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, script(shell).encode(), mode=SHARED_FILE)
        done.append(f"Wrote the {shell} completion script to {target}.")
        startup = paths.shell_startup_file(shell)
        if startup is not None:
            lines = startup_lines(shell, target)
            present = startup.read_text(encoding="utf-8") if startup.exists() else ""
            if f"source {shlex.quote(str(target))}" in present:
                done.append(f"{startup} already loads it.")
            else:
                separator = "" if not present or present.endswith("\n") else "\n"
                with startup.open("a", encoding="utf-8") as file:
                    file.write(f"{separator}{lines}")
                done.append(f"Added {len(lines.splitlines())} lines to {startup} to load it.")
    except (OSError, UnicodeDecodeError) as problem:
        reason = os_reason(problem) if isinstance(problem, OSError) else "not UTF-8 text"
        raise FashionCoachError(f"could not install {shell} completion: {reason}") from None
    done.append("Open a new shell to use it.")
    return done


def shell_named(shell: str | None, environ: Mapping[str, str]) -> str:
    """The shell asked for, or the one ``$SHELL`` names."""
    from fashioncoach.errors import BadArgument

    if shell is not None:
        return shell
    running = os.path.basename(environ.get("SHELL", ""))
    if running in SHELLS:
        return running
    raise BadArgument(
        f"unknown shell: {running or '(none)'} (name it: fashioncoach completion bash, zsh or fish)"
    )
