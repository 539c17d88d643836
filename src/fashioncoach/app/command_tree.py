# ruff: noqa: E501
"""The command tree: every command, option and argument of the CLI as plain data.

Generated from the Typer app by docs/make_command_tree.py; do not edit by hand
(tests/test_command_tree.py fails when this copy and the app disagree). Help and
shell completion read it, so they never import Typer. The shapes are in
``app/command_types.py``.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from fashioncoach.app.command_types import Command

COMMANDS: dict[str, Command] = {
    '': {
        'hidden': False, 'runs_alone': True,
        'summary': "A weekly coach through a career-change roadmap, one week's checklist at a time.",
        'help': "A weekly coach through a career-change roadmap, one week's checklist at a time.\n\nWithout a command it shows today's checklist.\n\nExample: fashioncoach today",
        'options': [
            {'names': ['--roadmap'], 'value': 'PATH', 'many': False, 'help': 'Use this roadmap file instead of the bundled one (or set FASHIONCOACH_ROADMAP).', 'choices': [], 'path': True, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--today'], 'value': 'DATE', 'many': False, 'help': 'Work as if today were this date (YYYY-MM-DD): plan ahead or look back.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['-V', '--version'], 'value': '', 'many': False, 'help': 'Show the version.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--no-color'], 'value': '', 'many': False, 'help': 'No colours, as NO_COLOR=1 or CLICOLOR=0 (CLICOLOR_FORCE=1 keeps them).', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--debug'], 'value': '', 'many': False, 'help': 'Show the traceback of unexpected errors.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': ['start', 'today', 'done', 'undo', 'skip', 'report', 'status', 'assess', 'doctor', 'restore', 'reset', 'import', 'replan', 'pause', 'resume', 'review', 'note', 'evidence', 'portfolio', 'timeline', 'skills', 'reality', 'about', 'hint', 'phase', 'export', 'set', 'roadmap', 'help', 'completion'],
    },
    'start': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Begin the plan, or begin it again.',
        'help': 'Begin the plan, or begin it again.\n\nAt a terminal it asks your weekly hours, your first day and what you know already\n(as assess does); give them as options in a script. Answers that change the plan\nsay how: "Your plan: 19 weeks instead of 24; 11 actions marked known (31 h)".\n\nStarting again keeps the old progress as a backup.\n\n\x08\nExample: fashioncoach start --on 2026-12-01 --hours 10',
        'options': [
            {'names': ['--on'], 'value': 'DATE', 'many': False, 'help': 'Start date (YYYY-MM-DD); default today.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--hours'], 'value': 'HOURS', 'many': False, 'help': 'Hours you can give each week; default what the roadmap asks for.', 'choices': [], 'path': False, 'number': True, 'low': 0.5, 'high': 80.0, 'hidden': False},
            {'names': ['--skill'], 'value': 'SKILL=LEVEL', 'many': True, 'help': 'SKILL=LEVEL: how well you know a skill to learn: new, some or confident; repeat for each.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--transferable'], 'value': 'SKILL=yes|no', 'many': True, 'help': 'SKILL=yes|no: whether a skill the guide says you have holds for you; repeat for each.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['-y', '--yes'], 'value': '', 'many': False, 'help': 'Do not ask; answer yes.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'today': {
        'hidden': False, 'runs_alone': False,
        'summary': "This week's checklist: the main job. Starts the plan on the first run.",
        'help': "This week's checklist: the main job. Starts the plan on the first run.\n\n\x08\nExample: fashioncoach today --format markdown",
        'options': [
            {'names': ['--json'], 'value': '', 'many': False, 'help': 'Print JSON instead of text.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--format'], 'value': 'FMT', 'many': False, 'help': 'text, json (same as --json) or markdown (GitHub-flavoured, to paste).', 'choices': ['text', 'json', 'markdown'], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'done': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Mark actions done, recording the time spent.',
        'help': 'Mark actions done, recording the time spent.\n\n\x08\nExample: fashioncoach done 1 --hours 2.5',
        'options': [
            {'names': ['--hours'], 'value': 'HOURS', 'many': False, 'help': "The time you spent (one action); default the action's estimate.", 'choices': [], 'path': False, 'number': True, 'low': 0.0, 'high': 168.0, 'hidden': False},
        ],
        'arguments': [
            {'name': 'ID', 'many': True, 'required': True, 'help': "Actions: their numbers in today's list, their ids, or the start of an id.", 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'commands': [],
    },
    'undo': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Reopen actions marked done or skipped by mistake.',
        'help': 'Reopen actions marked done or skipped by mistake.\n\n\x08\nExample: fashioncoach undo 1',
        'options': [],
        'arguments': [
            {'name': 'ID', 'many': True, 'required': True, 'help': "Actions done or skipped: their numbers in today's list, their ids, or the start of an id.", 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'commands': [],
    },
    'skip': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Skip actions you decide not to do.',
        'help': 'Skip actions you decide not to do.\n\nSkipped actions no longer count as open.\n\n\x08\nExample: fashioncoach skip 2',
        'options': [],
        'arguments': [
            {'name': 'ID', 'many': True, 'required': True, 'help': "Actions: their numbers in today's list, their ids, or the start of an id.", 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'commands': [],
    },
    'report': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Where you stand: progress, pace and what is left.',
        'help': 'Where you stand: progress, pace and what is left.\n\nProgress per phase and skill, pace, milestones and activity.\n\n\x08\nExample: fashioncoach report --format html --output progress.html',
        'options': [
            {'names': ['--json'], 'value': '', 'many': False, 'help': 'Print JSON instead of text.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--format'], 'value': 'FMT', 'many': False, 'help': 'text, json (same as --json), markdown (to paste) or html (a page to open or print; see docs/sharing.md).', 'choices': ['text', 'json', 'markdown', 'html'], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['-o', '--output'], 'value': 'FILE', 'many': False, 'help': 'Write to this file instead of printing.', 'choices': [], 'path': True, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--embed'], 'value': '', 'many': False, 'help': 'With --format html: put evidence images (png, jpg, gif, webp up to 2 MB) in the page as thumbnails, so it stays one file.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'status': {
        'hidden': False, 'runs_alone': False,
        'summary': 'One line for your shell prompt or tmux: plan week, phase week, verdict, next action.',
        'help': 'One line for your shell prompt or tmux: plan week, phase week, verdict, next action.\n\nPrints nothing (and succeeds) when no plan is started, so a prompt never shows an\nerror. See the README for bash, zsh, fish and tmux snippets.\n\n\x08\nExample: fashioncoach status --format "{plan_week}/{plan_weeks} {verdict}"',
        'options': [
            {'names': ['--json'], 'value': '', 'many': False, 'help': 'Print JSON instead of text.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--format'], 'value': 'TEMPLATE', 'many': False, 'help': 'Your own line, with fields in braces: {plan_week} {plan_weeks} {phase_number} {phase_week} {phase_weeks} {verdict} {status} {days_ahead} {done} {total} {hours_open} {next_number} {next_id} {next_title} {next_hours} {roadmap_id} {phase} {pace[line]}. The old names {hours_left} and {roadmap} still work.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'assess': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Say what you know already: your plan follows.',
        'help': 'Say what you know already: your plan follows.\n\nConfident in a skill: the actions that only teach it are marked known (reopen one\nwith undo). Some experience: its teaching takes less time. A skill of your own that\ndoes not hold: the actions that use it are flagged, and hint says what the guide\nhas on it. Asks at a terminal; give the answers as options in a script. Shows what\nthe answers do to your plan before saving them.\n\n\x08\nExample: fashioncoach assess --skill fashion-design-fundamentals=confident',
        'options': [
            {'names': ['--skill'], 'value': 'SKILL=LEVEL', 'many': True, 'help': 'SKILL=LEVEL: how well you know a skill to learn: new, some or confident; repeat for each.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--transferable'], 'value': 'SKILL=yes|no', 'many': True, 'help': 'SKILL=yes|no: whether a skill the guide says you have holds for you; repeat for each.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['-y', '--yes'], 'value': '', 'many': False, 'help': 'Do not ask; answer yes.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'doctor': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Check your data and say how to fix what is wrong.',
        'help': 'Check your data and say how to fix what is wrong.\n\nLooks at the progress file, its lock and backups, the roadmap, roadmaps.conf and\nthe cache.\n\nReads only: it never changes a file, unless --fix (which never touches your\nprogress, its backups or a roadmap). Exit code 1 when it finds a problem.\n\n\x08\nExample: fashioncoach doctor --fix',
        'options': [
            {'names': ['--fix'], 'value': '', 'many': False, 'help': 'Delete what stopped saves and cache writes left, and unusable cache entries.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'restore': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Put a backup of your progress back.',
        'help': 'Put a backup of your progress back.\n\nThe current file is kept as a backup too.\n\nWithout BACKUP, the newest one. See them all with --list.\n\n\x08\nExample: fashioncoach restore --list',
        'options': [
            {'names': ['--list'], 'value': '', 'many': False, 'help': 'List the backups and change nothing.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [
            {'name': 'BACKUP', 'many': False, 'required': False, 'help': "A backup's file name, as --list shows it; default the newest.", 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'commands': [],
    },
    'reset': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Start over with a new plan from today.',
        'help': 'Start over with a new plan from today.\n\nThe current progress is kept as a backup.\n\nWorks on a file that cannot be read, too.\n\n\x08\nExample: fashioncoach reset --yes',
        'options': [
            {'names': ['-y', '--yes'], 'value': '', 'many': False, 'help': 'Do not ask; answer yes.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'import': {
        'hidden': False, 'runs_alone': False,
        'summary': "Merge another machine's progress into yours.",
        'help': "Merge another machine's progress into yours.\n\nA backup is kept first.\n\nEvents are a set (the same action, kind and time is the same event); phases and\npauses are merged by date; nothing of yours is removed, and values that differ\nare reported and keep yours. Importing the same file twice changes nothing.\n\n\x08\nExample: fashioncoach import progress.json",
        'options': [
            {'names': ['--dry-run'], 'value': '', 'many': False, 'help': 'Say what would change, and change nothing.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [
            {'name': 'FILE', 'many': False, 'required': True, 'help': 'An export (fashioncoach export json) or a progress file, such as the conflicted copy a sync tool left.', 'choices': [], 'path': True, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'commands': [],
    },
    'replan': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Make the forecast your plan: late work spread over the coming weeks.',
        'help': "Make the forecast your plan: late work spread over the coming weeks.\n\nYour forecast already puts late work first and the rest after it, in the plan's\norder and within your weekly budget; replan makes that your plan, so its finish\nbecomes the projected one and nothing is late any more. Shows what moves, then\nasks. The roadmap file is never changed. With --json it prints the proposal and\napplies it only with --yes. --reset goes back to the plan made at the start.\n\n\x08\nExample: fashioncoach replan --dry-run",
        'options': [
            {'names': ['-y', '--yes'], 'value': '', 'many': False, 'help': 'Do not ask; answer yes.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--dry-run'], 'value': '', 'many': False, 'help': 'Show the new plan and change nothing.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--reset'], 'value': '', 'many': False, 'help': 'Go back to the plan made at the start.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--json'], 'value': '', 'many': False, 'help': 'Print JSON instead of text.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--my-pace'], 'value': '', 'many': False, 'help': 'Plan at your own pace: the estimates times your ratio of recorded hours (known once 5 actions have hours from done --hours).', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'pause': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Pause the plan for a holiday or an illness.',
        'help': 'Pause the plan for a holiday or an illness.\n\nPaused days give no time: your planned finish and your forecast both move on by\nthem, so a pause never puts you behind, and it never breaks your streak.\n\n\x08\nExample: fashioncoach pause --until 2027-01-04 --reason holiday',
        'options': [
            {'names': ['--until'], 'value': 'DATE', 'many': False, 'help': 'The day you are back (YYYY-MM-DD).', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--from'], 'value': 'DATE', 'many': False, 'help': 'The first paused day (YYYY-MM-DD); default today.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--reason'], 'value': 'REASON', 'many': False, 'help': 'Why, for yourself: holiday, illness...', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--cancel'], 'value': '', 'many': False, 'help': 'Drop your next pause (or end the one under way).', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'resume': {
        'hidden': False, 'runs_alone': False,
        'summary': 'End the current pause today.',
        'help': 'End the current pause today.\n\n\x08\nExample: fashioncoach resume',
        'options': [],
        'arguments': [],
        'commands': [],
    },
    'review': {
        'hidden': False, 'runs_alone': False,
        'summary': 'The weekly review: three short questions.',
        'help': 'The weekly review: three short questions.\n\nWhat went well, what blocked you, and your confidence in each skill.\n\nAsks the three questions; with any of the options it asks nothing (for scripts).\nA second review in the same plan week replaces the first.\n\n\x08\nExample: fashioncoach review --went-well "first sketches" --blocked "time"',
        'options': [
            {'names': ['--went-well'], 'value': 'WENT_WELL', 'many': False, 'help': 'What went well this week.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--blocked'], 'value': 'BLOCKED', 'many': False, 'help': 'What blocked you.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--confidence'], 'value': 'SKILL=LEVEL', 'many': True, 'help': 'SKILL=LEVEL: your confidence from 1 to 5 in a skill; repeat for each.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['-y', '--yes'], 'value': '', 'many': False, 'help': 'Do not ask; answer yes.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'note': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Attach a note to an action.',
        'help': 'Attach a note to an action.\n\n\x08\nExample: fashioncoach note 3 "the trial needs a work email"',
        'options': [],
        'arguments': [
            {'name': 'ID', 'many': False, 'required': True, 'help': "An action: its number in today's list, its id, or the start of an id.", 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'name': 'TEXT', 'many': False, 'required': True, 'help': 'The note.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'commands': [],
    },
    'evidence': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Attach a portfolio artefact (a file or a link) to an action.',
        'help': 'Attach a portfolio artefact (a file or a link) to an action.\n\n\x08\nExample: fashioncoach evidence 2 ~/work/sketches.png',
        'options': [],
        'arguments': [
            {'name': 'ID', 'many': False, 'required': True, 'help': "An action: its number in today's list, its id, or the start of an id.", 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'name': 'PATH_OR_URL', 'many': False, 'required': True, 'help': 'A file, a folder or a URL.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'commands': [],
    },
    'portfolio': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Your evidence, skill by skill: what you can show an employer.',
        'help': 'Your evidence, skill by skill: what you can show an employer.\n\n\x08\nExample: fashioncoach portfolio',
        'options': [
            {'names': ['--json'], 'value': '', 'many': False, 'help': 'Print JSON instead of text.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'timeline': {
        'hidden': False, 'runs_alone': False,
        'summary': 'The phases over the weeks, and where you are.',
        'help': 'The phases over the weeks, and where you are.\n\nA timeline of the phases, with milestones and your position.\n\n\x08\nExample: fashioncoach timeline --format markdown',
        'options': [
            {'names': ['--json'], 'value': '', 'many': False, 'help': 'Print JSON instead of text.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--format'], 'value': 'FMT', 'many': False, 'help': 'text, json (same as --json) or markdown (GitHub-flavoured, to paste).', 'choices': ['text', 'json', 'markdown'], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'skills': {
        'hidden': False, 'runs_alone': False,
        'summary': 'The skills you have, and the skills to learn.',
        'help': 'The skills you have, and the skills to learn.\n\nThe skills to learn come in priority order with their resources.\n\n\x08\nExample: fashioncoach skills',
        'options': [
            {'names': ['--json'], 'value': '', 'many': False, 'help': 'Print JSON instead of text.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'reality': {
        'hidden': False, 'runs_alone': False,
        'summary': 'The reality check and the salary FAQ, on one screen.',
        'help': 'The reality check and the salary FAQ, on one screen.\n\n\x08\nExample: fashioncoach reality',
        'options': [
            {'names': ['--json'], 'value': '', 'many': False, 'help': 'Print JSON instead of text.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'about': {
        'hidden': False, 'runs_alone': False,
        'summary': 'The guide: its title, overview, what the plan covers, and its closing word.',
        'help': 'The guide: its title, overview, what the plan covers, and its closing word.\n\n\x08\nExample: fashioncoach about',
        'options': [
            {'names': ['--json'], 'value': '', 'many': False, 'help': 'Print JSON instead of text.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'hint': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Stuck? How to start an action, what to do when a tool or course is closed to you, and what done looks like.',
        'help': 'Stuck? How to start an action, what to do when a tool or course is closed to you,\nand what done looks like.\n\n\x08\nExample: fashioncoach hint 2',
        'options': [
            {'names': ['--json'], 'value': '', 'many': False, 'help': 'Print JSON instead of text.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [
            {'name': 'ID', 'many': False, 'required': True, 'help': "An action: its number in today's list, its id, or the start of an id.", 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'commands': [],
    },
    'phase': {
        'hidden': False, 'runs_alone': True,
        'summary': 'Show the current phase, or move to the next or previous one.',
        'help': 'Show the current phase, or move to the next or previous one.\n\nExample: fashioncoach phase next',
        'options': [
            {'names': ['--json'], 'value': '', 'many': False, 'help': 'Print JSON instead of text.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': ['show', 'next', 'back'],
    },
    'phase show': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Show one phase: goals, then week by week its actions with ids, hours and done-when.',
        'help': 'Show one phase: goals, then week by week its actions with ids, hours and done-when.\n\n\x08\nExample: fashioncoach phase show 2',
        'options': [
            {'names': ['--json'], 'value': '', 'many': False, 'help': 'Print JSON instead of text.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [
            {'name': 'PHASE', 'many': False, 'required': False, 'help': "A phase's id or number, as timeline shows them; default the current one.", 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'commands': [],
    },
    'phase next': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Move on to the next phase (asks first when actions are still open).',
        'help': 'Move on to the next phase (asks first when actions are still open).\n\n\x08\nExample: fashioncoach phase next --yes',
        'options': [
            {'names': ['-y', '--yes'], 'value': '', 'many': False, 'help': 'Do not ask; answer yes.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'phase back': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Undo a move to the next phase made by mistake.',
        'help': 'Undo a move to the next phase made by mistake.\n\n\x08\nExample: fashioncoach phase back --yes',
        'options': [
            {'names': ['-y', '--yes'], 'value': '', 'many': False, 'help': 'Do not ask; answer yes.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'export': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Write your progress or plan to a file.',
        'help': 'Write your progress or plan to a file.\n\nExample: fashioncoach export json --output progress.json',
        'options': [],
        'arguments': [],
        'commands': ['json', 'ics'],
    },
    'export json': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Your whole progress as versioned JSON.',
        'help': 'Your whole progress as versioned JSON.\n\nImport it elsewhere with fashioncoach import; see docs/sharing.md.\n\n\x08\nExample: fashioncoach export json --output progress.json',
        'options': [
            {'names': ['-o', '--output'], 'value': 'FILE', 'many': False, 'help': 'Write to this file instead of printing.', 'choices': [], 'path': True, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'export ics': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Your plan as an iCalendar file.',
        'help': 'Your plan as an iCalendar file.\n\nOne event per week, milestone events and pauses.\n\nImport it again after a replan or a pause: events are updated, not duplicated,\nand those your plan no longer has come again as cancelled.\n\n\x08\nExample: fashioncoach export ics --output plan.ics',
        'options': [
            {'names': ['-o', '--output'], 'value': 'OUTPUT', 'many': False, 'help': 'Write to this file instead of the screen.', 'choices': [], 'path': True, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [],
        'commands': [],
    },
    'set': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Change a setting of your plan.',
        'help': 'Change a setting of your plan.\n\nExample: fashioncoach set hours 6',
        'options': [],
        'arguments': [],
        'commands': ['hours'],
    },
    'set hours': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Change your weekly budget of hours (set first with: start --hours).',
        'help': 'Change your weekly budget of hours (set first with: start --hours).\n\nYour plan keeps its finish, so more hours move your forecast earlier (you get\nahead) and fewer move it later; with --replan the forecast on the new budget\nbecomes your plan.\n\n\x08\nExample: fashioncoach set hours 6 --replan',
        'options': [
            {'names': ['--replan'], 'value': '', 'many': False, 'help': 'Make the forecast on the new budget your plan.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--my-pace'], 'value': '', 'many': False, 'help': 'Plan at your own pace: the estimates times your ratio of recorded hours (known once 5 actions have hours from done --hours).', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [
            {'name': 'HOURS', 'many': False, 'required': True, 'help': 'Hours you can give each week, 0.5 to 80.', 'choices': [], 'path': False, 'number': True, 'low': 0.5, 'high': 80.0, 'hidden': False},
        ],
        'commands': [],
    },
    'roadmap': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Work with roadmap files.',
        'help': 'Work with roadmap files.\n\nExample: fashioncoach roadmap validate my-guide.toml',
        'options': [],
        'arguments': [],
        'commands': ['validate', 'import', 'use', 'list'],
    },
    'roadmap validate': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Check a roadmap file: a one-line summary, or every problem found.',
        'help': 'Check a roadmap file: a one-line summary, or every problem found.\n\n\x08\nExample: fashioncoach roadmap validate my-guide.toml --drafts',
        'options': [
            {'names': ['--drafts'], 'value': '', 'many': False, 'help': 'List the actions roadmap import drafted.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [
            {'name': 'PATH', 'many': False, 'required': True, 'help': 'The roadmap file to check.', 'choices': [], 'path': True, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'commands': [],
    },
    'roadmap import': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Turn a guide ("From X to Y: Your N-Month Transition Guide") into a roadmap: every course, book, tool... a chain of steps, every goal its own steps, in an order that puts each after what it needs, with hours from the kind of work.',
        'help': 'Turn a guide ("From X to Y: Your N-Month Transition Guide") into a roadmap: every\ncourse, book, tool... a chain of steps, every goal its own steps, in an order that\nputs each after what it needs, with hours from the kind of work.\n\nEvery sentence of the guide is kept. The actions it drafts are marked draft = true:\nrefine them, and list them with: roadmap validate FILE --drafts.\n\n\x08\nExample: fashioncoach roadmap import guide.txt -o my-roadmap.toml',
        'options': [
            {'names': ['-o', '--output'], 'value': 'FILE', 'many': False, 'help': "The roadmap file to write; default a name from the guide's roles, here.", 'choices': [], 'path': True, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--force'], 'value': '', 'many': False, 'help': 'Replace FILE if it exists.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
            {'names': ['--hours'], 'value': 'HOURS', 'many': False, 'help': 'The weekly hours the plan is drafted for; default 8.', 'choices': [], 'path': False, 'number': True, 'low': 0.5, 'high': 80.0, 'hidden': False},
        ],
        'arguments': [
            {'name': 'GUIDE', 'many': False, 'required': True, 'help': 'A career guide of the family, in plain text or Markdown.', 'choices': [], 'path': True, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'commands': [],
    },
    'roadmap use': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Follow a roadmap of your own in every command, until you choose another.',
        'help': 'Follow a roadmap of your own in every command, until you choose another.\n\n--roadmap and FASHIONCOACH_ROADMAP still win for one command. Your progress is kept\nper roadmap, so switching never mixes it.\n\n\x08\nExample: fashioncoach roadmap use my-roadmap.toml',
        'options': [
            {'names': ['--bundled'], 'value': '', 'many': False, 'help': 'Follow the bundled roadmap again.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [
            {'name': 'PATH', 'many': False, 'required': False, 'help': 'The roadmap file to follow from now on.', 'choices': [], 'path': True, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'commands': [],
    },
    'roadmap list': {
        'hidden': False, 'runs_alone': False,
        'summary': 'The bundled roadmap and those you follow, and which one is in use.',
        'help': 'The bundled roadmap and those you follow, and which one is in use.\n\n\x08\nExample: fashioncoach roadmap list',
        'options': [],
        'arguments': [],
        'commands': [],
    },
    'help': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Show the help of the program, or of a command.',
        'help': 'Show the help of the program, or of a command.\n\nExample: fashioncoach help set hours',
        'options': [],
        'arguments': [
            {'name': 'COMMAND', 'many': True, 'required': False, 'help': 'The command, as you would type it: phase show.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'commands': [],
    },
    'completion': {
        'hidden': False, 'runs_alone': False,
        'summary': 'Print the shell completion script, or install it.',
        'help': "Print the shell completion script, or install it.\n\nTAB then completes commands, options and the ids of your actions. Installing\nwrites the script to the shell's own completion folder and, for bash and zsh,\nadds the line that loads it to ~/.bashrc or ~/.zshrc; no other setting changes.\n\nExample: fashioncoach completion zsh --install",
        'options': [
            {'names': ['--install'], 'value': '', 'many': False, 'help': 'Install the script where the shell finds it, instead of printing it.', 'choices': [], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'arguments': [
            {'name': 'SHELL', 'many': False, 'required': False, 'help': 'bash, zsh or fish; default the shell you are in.', 'choices': ['bash', 'zsh', 'fish'], 'path': False, 'number': False, 'low': None, 'high': None, 'hidden': False},
        ],
        'commands': [],
    },
}
