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

COMMANDS: dict[str, Command] = {'': {'summary': "A weekly coach through a career-change roadmap, one week's checklist at a "
                 'time.',
      'help': "A weekly coach through a career-change roadmap, one week's checklist at a "
              'time.\n'
              '\n'
              "Without a command it shows today's checklist.\n"
              '\n'
              'Example: fashioncoach today',
      'hidden': False,
      'runs_alone': True,
      'options': [{'names': ['--roadmap'],
                   'value': 'PATH',
                   'many': False,
                   'help': 'Use this roadmap file instead of the bundled one (or set '
                           'FASHIONCOACH_ROADMAP).',
                   'choices': [],
                   'path': True,
                   'number': False,
                   'low': None,
                   'high': None,
                   'hidden': False},
                  {'names': ['--today'],
                   'value': 'DATE',
                   'many': False,
                   'help': 'Work as if today were this date (YYYY-MM-DD): plan ahead or look '
                           'back.',
                   'choices': [],
                   'path': False,
                   'number': False,
                   'low': None,
                   'high': None,
                   'hidden': False},
                  {'names': ['-V', '--version'],
                   'value': '',
                   'many': False,
                   'help': 'Show the version.',
                   'choices': [],
                   'path': False,
                   'number': False,
                   'low': None,
                   'high': None,
                   'hidden': False},
                  {'names': ['--no-color'],
                   'value': '',
                   'many': False,
                   'help': 'No colours, as NO_COLOR=1 or CLICOLOR=0 (CLICOLOR_FORCE=1 keeps '
                           'them).',
                   'choices': [],
                   'path': False,
                   'number': False,
                   'low': None,
                   'high': None,
                   'hidden': False},
                  {'names': ['--debug'],
                   'value': '',
                   'many': False,
                   'help': 'Show the traceback of unexpected errors.',
                   'choices': [],
                   'path': False,
                   'number': False,
                   'low': None,
                   'high': None,
                   'hidden': False}],
      'arguments': [],
      'commands': ['start',
                   'today',
                   'done',
                   'undo',
                   'skip',
                   'report',
                   'status',
                   'assess',
                   'doctor',
                   'restore',
                   'reset',
                   'import',
                   'replan',
                   'pause',
                   'resume',
                   'review',
                   'note',
                   'evidence',
                   'portfolio',
                   'timeline',
                   'skills',
                   'reality',
                   'about',
                   'hint',
                   'phase',
                   'export',
                   'set',
                   'roadmap',
                   'help',
                   'completion']},
 'start': {'summary': 'Begin the plan, or begin it again.',
           'help': 'Begin the plan, or begin it again.\n'
                   '\n'
                   'At a terminal it asks your weekly hours, your first day and what you know '
                   'already\n'
                   '(as assess does); give them as options in a script. Answers that change '
                   'the plan\n'
                   'say how: "Your plan: 19 weeks instead of 24; 11 actions marked known (31 '
                   'h)".\n'
                   '\n'
                   'Starting again keeps the old progress as a backup.\n'
                   '\n'
                   '\x08\n'
                   'Example: fashioncoach start --on 2026-12-01 --hours 10',
           'hidden': False,
           'runs_alone': False,
           'options': [{'names': ['--on'],
                        'value': 'DATE',
                        'many': False,
                        'help': 'Start date (YYYY-MM-DD); default today.',
                        'choices': [],
                        'path': False,
                        'number': False,
                        'low': None,
                        'high': None,
                        'hidden': False},
                       {'names': ['--hours'],
                        'value': 'HOURS',
                        'many': False,
                        'help': 'Hours you can give each week; default what the roadmap asks '
                                'for.',
                        'choices': [],
                        'path': False,
                        'number': True,
                        'low': 0.5,
                        'high': 80.0,
                        'hidden': False},
                       {'names': ['--skill'],
                        'value': 'SKILL=LEVEL',
                        'many': True,
                        'help': 'SKILL=LEVEL: how well you know a skill to learn: new, some or '
                                'confident; repeat for each.',
                        'choices': [],
                        'path': False,
                        'number': False,
                        'low': None,
                        'high': None,
                        'hidden': False},
                       {'names': ['--transferable'],
                        'value': 'SKILL=yes|no',
                        'many': True,
                        'help': 'SKILL=yes|no: whether a skill the guide says you have holds '
                                'for you; repeat for each.',
                        'choices': [],
                        'path': False,
                        'number': False,
                        'low': None,
                        'high': None,
                        'hidden': False},
                       {'names': ['-y', '--yes'],
                        'value': '',
                        'many': False,
                        'help': 'Do not ask; answer yes.',
                        'choices': [],
                        'path': False,
                        'number': False,
                        'low': None,
                        'high': None,
                        'hidden': False}],
           'arguments': [],
           'commands': []},
 'today': {'summary': "This week's checklist: the main job. Starts the plan on the first run.",
           'help': "This week's checklist: the main job. Starts the plan on the first run.\n"
                   '\n'
                   '\x08\n'
                   'Example: fashioncoach today --format markdown',
           'hidden': False,
           'runs_alone': False,
           'options': [{'names': ['--json'],
                        'value': '',
                        'many': False,
                        'help': 'Print JSON instead of text.',
                        'choices': [],
                        'path': False,
                        'number': False,
                        'low': None,
                        'high': None,
                        'hidden': False},
                       {'names': ['--format'],
                        'value': 'FMT',
                        'many': False,
                        'help': 'text, json (same as --json) or markdown (GitHub-flavoured, to '
                                'paste).',
                        'choices': ['text', 'json', 'markdown'],
                        'path': False,
                        'number': False,
                        'low': None,
                        'high': None,
                        'hidden': False}],
           'arguments': [],
           'commands': []},
 'done': {'summary': 'Mark actions done, recording the time spent.',
          'help': 'Mark actions done, recording the time spent.\n'
                  '\n'
                  '\x08\n'
                  'Example: fashioncoach done 1 --hours 2.5',
          'hidden': False,
          'runs_alone': False,
          'options': [{'names': ['--hours'],
                       'value': 'HOURS',
                       'many': False,
                       'help': "The time you spent (one action); default the action's "
                               'estimate.',
                       'choices': [],
                       'path': False,
                       'number': True,
                       'low': 0.0,
                       'high': 168.0,
                       'hidden': False}],
          'arguments': [{'name': 'ID',
                         'many': True,
                         'required': True,
                         'help': "Actions: their numbers in today's list, their ids, or the "
                                 'start of an id.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False}],
          'commands': []},
 'undo': {'summary': 'Reopen actions marked done or skipped by mistake.',
          'help': 'Reopen actions marked done or skipped by mistake.\n'
                  '\n'
                  '\x08\n'
                  'Example: fashioncoach undo 1',
          'hidden': False,
          'runs_alone': False,
          'options': [],
          'arguments': [{'name': 'ID',
                         'many': True,
                         'required': True,
                         'help': "Actions done or skipped: their numbers in today's list, "
                                 'their ids, or the start of an id.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False}],
          'commands': []},
 'skip': {'summary': 'Skip actions you decide not to do.',
          'help': 'Skip actions you decide not to do.\n'
                  '\n'
                  'Skipped actions no longer count as open.\n'
                  '\n'
                  '\x08\n'
                  'Example: fashioncoach skip 2',
          'hidden': False,
          'runs_alone': False,
          'options': [],
          'arguments': [{'name': 'ID',
                         'many': True,
                         'required': True,
                         'help': "Actions: their numbers in today's list, their ids, or the "
                                 'start of an id.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False}],
          'commands': []},
 'report': {'summary': 'Where you stand: progress, pace and what is left.',
            'help': 'Where you stand: progress, pace and what is left.\n'
                    '\n'
                    'Progress per phase and skill, pace, milestones and activity.\n'
                    '\n'
                    '\x08\n'
                    'Example: fashioncoach report --format html --output progress.html',
            'hidden': False,
            'runs_alone': False,
            'options': [{'names': ['--json'],
                         'value': '',
                         'many': False,
                         'help': 'Print JSON instead of text.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False},
                        {'names': ['--format'],
                         'value': 'FMT',
                         'many': False,
                         'help': 'text, json (same as --json), markdown (to paste) or html (a '
                                 'page to open or print; see docs/sharing.md).',
                         'choices': ['text', 'json', 'markdown', 'html'],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False},
                        {'names': ['-o', '--output'],
                         'value': 'FILE',
                         'many': False,
                         'help': 'Write to this file instead of printing.',
                         'choices': [],
                         'path': True,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False},
                        {'names': ['--embed'],
                         'value': '',
                         'many': False,
                         'help': 'With --format html: put evidence images (png, jpg, gif, webp '
                                 'up to 2 MB) in the page as thumbnails, so it stays one file.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False}],
            'arguments': [],
            'commands': []},
 'status': {'summary': 'One line for your shell prompt or tmux: plan week, phase week, '
                       'verdict, next action.',
            'help': 'One line for your shell prompt or tmux: plan week, phase week, verdict, '
                    'next action.\n'
                    '\n'
                    'Prints nothing (and succeeds) when no plan is started, so a prompt never '
                    'shows an\n'
                    'error. See the README for bash, zsh, fish and tmux snippets.\n'
                    '\n'
                    '\x08\n'
                    'Example: fashioncoach status --format "{plan_week}/{plan_weeks} '
                    '{verdict}"',
            'hidden': False,
            'runs_alone': False,
            'options': [{'names': ['--json'],
                         'value': '',
                         'many': False,
                         'help': 'Print JSON instead of text.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False},
                        {'names': ['--format'],
                         'value': 'TEMPLATE',
                         'many': False,
                         'help': 'Your own line, with fields in braces: {plan_week} '
                                 '{plan_weeks} {phase_number} {phase_week} {phase_weeks} '
                                 '{verdict} {status} {days_ahead} {done} {total} {hours_left} '
                                 '{next_number} {next_id} {next_title} {next_hours} {roadmap} '
                                 '{phase}.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False}],
            'arguments': [],
            'commands': []},
 'assess': {'summary': 'Say what you know already: your plan follows.',
            'help': 'Say what you know already: your plan follows.\n'
                    '\n'
                    'Confident in a skill: the actions that only teach it are marked known '
                    '(reopen one\n'
                    'with undo). Some experience: its teaching takes less time. A skill of '
                    'your own that\n'
                    'does not hold: the actions that use it are flagged, and hint says what '
                    'the guide\n'
                    'has on it. Asks at a terminal; give the answers as options in a script. '
                    'Shows what\n'
                    'the answers do to your plan before saving them.\n'
                    '\n'
                    '\\b\n'
                    'Example: fashioncoach assess --skill '
                    'fashion-design-fundamentals=confident',
            'hidden': False,
            'runs_alone': False,
            'options': [{'names': ['--skill'],
                         'value': 'SKILL=LEVEL',
                         'many': True,
                         'help': 'SKILL=LEVEL: how well you know a skill to learn: new, some '
                                 'or confident; repeat for each.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False},
                        {'names': ['--transferable'],
                         'value': 'SKILL=yes|no',
                         'many': True,
                         'help': 'SKILL=yes|no: whether a skill the guide says you have holds '
                                 'for you; repeat for each.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False},
                        {'names': ['-y', '--yes'],
                         'value': '',
                         'many': False,
                         'help': 'Do not ask; answer yes.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False}],
            'arguments': [],
            'commands': []},
 'doctor': {'summary': 'Check your data and say how to fix what is wrong.',
            'help': 'Check your data and say how to fix what is wrong.\n'
                    '\n'
                    'Looks at the progress file, its lock and backups, the roadmap, '
                    'roadmaps.conf and\n'
                    'the cache.\n'
                    '\n'
                    'Reads only: it never changes a file, unless --fix (which never touches '
                    'your\n'
                    'progress, its backups or a roadmap). Exit code 1 when it finds a '
                    'problem.\n'
                    '\n'
                    '\x08\n'
                    'Example: fashioncoach doctor --fix',
            'hidden': False,
            'runs_alone': False,
            'options': [{'names': ['--fix'],
                         'value': '',
                         'many': False,
                         'help': 'Delete what stopped saves and cache writes left, and '
                                 'unusable cache entries.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False}],
            'arguments': [],
            'commands': []},
 'restore': {'summary': 'Put a backup of your progress back.',
             'help': 'Put a backup of your progress back.\n'
                     '\n'
                     'The current file is kept as a backup too.\n'
                     '\n'
                     'Without BACKUP, the newest one. See them all with --list.\n'
                     '\n'
                     '\x08\n'
                     'Example: fashioncoach restore --list',
             'hidden': False,
             'runs_alone': False,
             'options': [{'names': ['--list'],
                          'value': '',
                          'many': False,
                          'help': 'List the backups and change nothing.',
                          'choices': [],
                          'path': False,
                          'number': False,
                          'low': None,
                          'high': None,
                          'hidden': False}],
             'arguments': [{'name': 'BACKUP',
                            'many': False,
                            'required': False,
                            'help': "A backup's file name, as --list shows it; default the "
                                    'newest.',
                            'choices': [],
                            'path': False,
                            'number': False,
                            'low': None,
                            'high': None,
                            'hidden': False}],
             'commands': []},
 'reset': {'summary': 'Start over with a new plan from today.',
           'help': 'Start over with a new plan from today.\n'
                   '\n'
                   'The current progress is kept as a backup.\n'
                   '\n'
                   'Works on a file that cannot be read, too.\n'
                   '\n'
                   '\x08\n'
                   'Example: fashioncoach reset --yes',
           'hidden': False,
           'runs_alone': False,
           'options': [{'names': ['-y', '--yes'],
                        'value': '',
                        'many': False,
                        'help': 'Do not ask; answer yes.',
                        'choices': [],
                        'path': False,
                        'number': False,
                        'low': None,
                        'high': None,
                        'hidden': False}],
           'arguments': [],
           'commands': []},
 'import': {'summary': "Merge another machine's progress into yours.",
            'help': "Merge another machine's progress into yours.\n"
                    '\n'
                    'A backup is kept first.\n'
                    '\n'
                    'Events are a set (the same action, kind and time is the same event); '
                    'phases and\n'
                    'pauses are merged by date; nothing of yours is removed, and values that '
                    'differ\n'
                    'are reported and keep yours. Importing the same file twice changes '
                    'nothing.\n'
                    '\n'
                    '\x08\n'
                    'Example: fashioncoach import progress.json',
            'hidden': False,
            'runs_alone': False,
            'options': [{'names': ['--dry-run'],
                         'value': '',
                         'many': False,
                         'help': 'Say what would change, and change nothing.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False}],
            'arguments': [{'name': 'FILE',
                           'many': False,
                           'required': True,
                           'help': 'An export (fashioncoach export json) or a progress file, '
                                   'such as the conflicted copy a sync tool left.',
                           'choices': [],
                           'path': True,
                           'number': False,
                           'low': None,
                           'high': None,
                           'hidden': False}],
            'commands': []},
 'replan': {'summary': 'Make the forecast your plan: late work spread over the coming weeks.',
            'help': 'Make the forecast your plan: late work spread over the coming weeks.\n'
                    '\n'
                    'Your forecast already puts late work first and the rest after it, in the '
                    "plan's\n"
                    'order and within your weekly budget; replan makes that your plan, so its '
                    'finish\n'
                    'becomes the projected one and nothing is late any more. Shows what moves, '
                    'then\n'
                    'asks. The roadmap file is never changed. With --json it prints the '
                    'proposal and\n'
                    'applies it only with --yes. --reset goes back to the plan made at the '
                    'start.\n'
                    '\n'
                    '\x08\n'
                    'Example: fashioncoach replan --dry-run',
            'hidden': False,
            'runs_alone': False,
            'options': [{'names': ['-y', '--yes'],
                         'value': '',
                         'many': False,
                         'help': 'Do not ask; answer yes.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False},
                        {'names': ['--dry-run'],
                         'value': '',
                         'many': False,
                         'help': 'Show the new plan and change nothing.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False},
                        {'names': ['--reset'],
                         'value': '',
                         'many': False,
                         'help': "Go back to the roadmap's own schedule.",
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False},
                        {'names': ['--json'],
                         'value': '',
                         'many': False,
                         'help': 'Print JSON instead of text.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False},
                        {'names': ['--my-pace'],
                         'value': '',
                         'many': False,
                         'help': 'Plan at your own pace: the estimates times your ratio of '
                                 'recorded hours (known once 5 actions have hours from done '
                                 '--hours).',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False}],
            'arguments': [],
            'commands': []},
 'pause': {'summary': 'Pause the plan for a holiday or an illness.',
           'help': 'Pause the plan for a holiday or an illness.\n'
                   '\n'
                   'Paused days give no time: your planned finish and your forecast both move '
                   'on by\n'
                   'them, so a pause never puts you behind, and it never breaks your streak.\n'
                   '\n'
                   '\x08\n'
                   'Example: fashioncoach pause --until 2027-01-04 --reason holiday',
           'hidden': False,
           'runs_alone': False,
           'options': [{'names': ['--until'],
                        'value': 'DATE',
                        'many': False,
                        'help': 'The day you are back (YYYY-MM-DD).',
                        'choices': [],
                        'path': False,
                        'number': False,
                        'low': None,
                        'high': None,
                        'hidden': False},
                       {'names': ['--from'],
                        'value': 'DATE',
                        'many': False,
                        'help': 'The first paused day (YYYY-MM-DD); default today.',
                        'choices': [],
                        'path': False,
                        'number': False,
                        'low': None,
                        'high': None,
                        'hidden': False},
                       {'names': ['--reason'],
                        'value': 'REASON',
                        'many': False,
                        'help': 'Why, for yourself: holiday, illness...',
                        'choices': [],
                        'path': False,
                        'number': False,
                        'low': None,
                        'high': None,
                        'hidden': False},
                       {'names': ['--cancel'],
                        'value': '',
                        'many': False,
                        'help': 'Drop your next pause (or end the one under way).',
                        'choices': [],
                        'path': False,
                        'number': False,
                        'low': None,
                        'high': None,
                        'hidden': False}],
           'arguments': [],
           'commands': []},
 'resume': {'summary': 'End the current pause today.',
            'help': 'End the current pause today.\n\n\x08\nExample: fashioncoach resume',
            'hidden': False,
            'runs_alone': False,
            'options': [],
            'arguments': [],
            'commands': []},
 'review': {'summary': 'The weekly review: three short questions.',
            'help': 'The weekly review: three short questions.\n'
                    '\n'
                    'What went well, what blocked you, and your confidence in each skill.\n'
                    '\n'
                    'Asks the three questions; with any of the options it asks nothing (for '
                    'scripts).\n'
                    'A second review in the same plan week replaces the first.\n'
                    '\n'
                    '\x08\n'
                    'Example: fashioncoach review --went-well "first sketches" --blocked '
                    '"time"',
            'hidden': False,
            'runs_alone': False,
            'options': [{'names': ['--went-well'],
                         'value': 'WENT_WELL',
                         'many': False,
                         'help': 'What went well this week.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False},
                        {'names': ['--blocked'],
                         'value': 'BLOCKED',
                         'many': False,
                         'help': 'What blocked you.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False},
                        {'names': ['--confidence'],
                         'value': 'SKILL=LEVEL',
                         'many': True,
                         'help': 'SKILL=LEVEL: your confidence from 1 to 5 in a skill; repeat '
                                 'for each.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False},
                        {'names': ['-y', '--yes'],
                         'value': '',
                         'many': False,
                         'help': 'Do not ask; answer yes.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False}],
            'arguments': [],
            'commands': []},
 'note': {'summary': 'Attach a note to an action.',
          'help': 'Attach a note to an action.\n'
                  '\n'
                  '\x08\n'
                  'Example: fashioncoach note 3 "the trial needs a work email"',
          'hidden': False,
          'runs_alone': False,
          'options': [],
          'arguments': [{'name': 'ID',
                         'many': False,
                         'required': True,
                         'help': "An action: its number in today's list, its id, or the start "
                                 'of an id.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False},
                        {'name': 'TEXT',
                         'many': False,
                         'required': True,
                         'help': 'The note.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False}],
          'commands': []},
 'evidence': {'summary': 'Attach a portfolio artefact (a file or a link) to an action.',
              'help': 'Attach a portfolio artefact (a file or a link) to an action.\n'
                      '\n'
                      '\x08\n'
                      'Example: fashioncoach evidence 2 ~/work/sketches.png',
              'hidden': False,
              'runs_alone': False,
              'options': [],
              'arguments': [{'name': 'ID',
                             'many': False,
                             'required': True,
                             'help': "An action: its number in today's list, its id, or the "
                                     'start of an id.',
                             'choices': [],
                             'path': False,
                             'number': False,
                             'low': None,
                             'high': None,
                             'hidden': False},
                            {'name': 'PATH_OR_URL',
                             'many': False,
                             'required': True,
                             'help': 'A file, a folder or a URL.',
                             'choices': [],
                             'path': False,
                             'number': False,
                             'low': None,
                             'high': None,
                             'hidden': False}],
              'commands': []},
 'portfolio': {'summary': 'Your evidence, skill by skill: what you can show an employer.',
               'help': 'Your evidence, skill by skill: what you can show an employer.\n'
                       '\n'
                       '\x08\n'
                       'Example: fashioncoach portfolio',
               'hidden': False,
               'runs_alone': False,
               'options': [{'names': ['--json'],
                            'value': '',
                            'many': False,
                            'help': 'Print JSON instead of text.',
                            'choices': [],
                            'path': False,
                            'number': False,
                            'low': None,
                            'high': None,
                            'hidden': False}],
               'arguments': [],
               'commands': []},
 'timeline': {'summary': 'The phases over the weeks, and where you are.',
              'help': 'The phases over the weeks, and where you are.\n'
                      '\n'
                      'A timeline of the phases, with milestones and your position.\n'
                      '\n'
                      '\x08\n'
                      'Example: fashioncoach timeline --format markdown',
              'hidden': False,
              'runs_alone': False,
              'options': [{'names': ['--json'],
                           'value': '',
                           'many': False,
                           'help': 'Print JSON instead of text.',
                           'choices': [],
                           'path': False,
                           'number': False,
                           'low': None,
                           'high': None,
                           'hidden': False},
                          {'names': ['--format'],
                           'value': 'FMT',
                           'many': False,
                           'help': 'text, json (same as --json) or markdown (GitHub-flavoured, '
                                   'to paste).',
                           'choices': ['text', 'json', 'markdown'],
                           'path': False,
                           'number': False,
                           'low': None,
                           'high': None,
                           'hidden': False}],
              'arguments': [],
              'commands': []},
 'skills': {'summary': 'The skills you have, and the skills to learn.',
            'help': 'The skills you have, and the skills to learn.\n'
                    '\n'
                    'The skills to learn come in priority order with their resources.\n'
                    '\n'
                    '\x08\n'
                    'Example: fashioncoach skills',
            'hidden': False,
            'runs_alone': False,
            'options': [{'names': ['--json'],
                         'value': '',
                         'many': False,
                         'help': 'Print JSON instead of text.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False}],
            'arguments': [],
            'commands': []},
 'reality': {'summary': 'The reality check and the salary FAQ, on one screen.',
             'help': 'The reality check and the salary FAQ, on one screen.\n'
                     '\n'
                     '\x08\n'
                     'Example: fashioncoach reality',
             'hidden': False,
             'runs_alone': False,
             'options': [{'names': ['--json'],
                          'value': '',
                          'many': False,
                          'help': 'Print JSON instead of text.',
                          'choices': [],
                          'path': False,
                          'number': False,
                          'low': None,
                          'high': None,
                          'hidden': False}],
             'arguments': [],
             'commands': []},
 'about': {'summary': 'The guide: its title, overview, what the plan covers, and its closing '
                      'word.',
           'help': 'The guide: its title, overview, what the plan covers, and its closing '
                   'word.\n'
                   '\n'
                   '\x08\n'
                   'Example: fashioncoach about',
           'hidden': False,
           'runs_alone': False,
           'options': [{'names': ['--json'],
                        'value': '',
                        'many': False,
                        'help': 'Print JSON instead of text.',
                        'choices': [],
                        'path': False,
                        'number': False,
                        'low': None,
                        'high': None,
                        'hidden': False}],
           'arguments': [],
           'commands': []},
 'hint': {'summary': 'Stuck? How to start an action, what to do when a tool or course is '
                     'closed to you, and what done looks like.',
          'help': 'Stuck? How to start an action, what to do when a tool or course is closed '
                  'to you,\n'
                  'and what done looks like.\n'
                  '\n'
                  '\x08\n'
                  'Example: fashioncoach hint 2',
          'hidden': False,
          'runs_alone': False,
          'options': [{'names': ['--json'],
                       'value': '',
                       'many': False,
                       'help': 'Print JSON instead of text.',
                       'choices': [],
                       'path': False,
                       'number': False,
                       'low': None,
                       'high': None,
                       'hidden': False}],
          'arguments': [{'name': 'ID',
                         'many': False,
                         'required': True,
                         'help': "An action: its number in today's list, its id, or the start "
                                 'of an id.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False}],
          'commands': []},
 'phase': {'summary': 'Show the current phase, or move to the next or previous one.',
           'help': 'Show the current phase, or move to the next or previous one.\n'
                   '\n'
                   'Example: fashioncoach phase next',
           'hidden': False,
           'runs_alone': True,
           'options': [{'names': ['--json'],
                        'value': '',
                        'many': False,
                        'help': 'Print JSON instead of text.',
                        'choices': [],
                        'path': False,
                        'number': False,
                        'low': None,
                        'high': None,
                        'hidden': False}],
           'arguments': [],
           'commands': ['show', 'next', 'back']},
 'phase show': {'summary': 'Show one phase: goals, then week by week its actions with ids, '
                           'hours and done-when.',
                'help': 'Show one phase: goals, then week by week its actions with ids, hours '
                        'and done-when.\n'
                        '\n'
                        '\x08\n'
                        'Example: fashioncoach phase show 2',
                'hidden': False,
                'runs_alone': False,
                'options': [{'names': ['--json'],
                             'value': '',
                             'many': False,
                             'help': 'Print JSON instead of text.',
                             'choices': [],
                             'path': False,
                             'number': False,
                             'low': None,
                             'high': None,
                             'hidden': False}],
                'arguments': [{'name': 'PHASE',
                               'many': False,
                               'required': False,
                               'help': "A phase's id or number, as timeline shows them; "
                                       'default the current one.',
                               'choices': [],
                               'path': False,
                               'number': False,
                               'low': None,
                               'high': None,
                               'hidden': False}],
                'commands': []},
 'phase next': {'summary': 'Move on to the next phase (asks first when actions are still '
                           'open).',
                'help': 'Move on to the next phase (asks first when actions are still open).\n'
                        '\n'
                        '\x08\n'
                        'Example: fashioncoach phase next --yes',
                'hidden': False,
                'runs_alone': False,
                'options': [{'names': ['-y', '--yes'],
                             'value': '',
                             'many': False,
                             'help': 'Do not ask; answer yes.',
                             'choices': [],
                             'path': False,
                             'number': False,
                             'low': None,
                             'high': None,
                             'hidden': False}],
                'arguments': [],
                'commands': []},
 'phase back': {'summary': 'Undo a move to the next phase made by mistake.',
                'help': 'Undo a move to the next phase made by mistake.\n'
                        '\n'
                        '\x08\n'
                        'Example: fashioncoach phase back --yes',
                'hidden': False,
                'runs_alone': False,
                'options': [{'names': ['-y', '--yes'],
                             'value': '',
                             'many': False,
                             'help': 'Do not ask; answer yes.',
                             'choices': [],
                             'path': False,
                             'number': False,
                             'low': None,
                             'high': None,
                             'hidden': False}],
                'arguments': [],
                'commands': []},
 'export': {'summary': 'Write your progress or plan to a file.',
            'help': 'Write your progress or plan to a file.\n'
                    '\n'
                    'Example: fashioncoach export json --output progress.json',
            'hidden': False,
            'runs_alone': False,
            'options': [],
            'arguments': [],
            'commands': ['json', 'ics']},
 'export json': {'summary': 'Your whole progress as versioned JSON.',
                 'help': 'Your whole progress as versioned JSON.\n'
                         '\n'
                         'Import it elsewhere with fashioncoach import; see docs/sharing.md.\n'
                         '\n'
                         '\x08\n'
                         'Example: fashioncoach export json --output progress.json',
                 'hidden': False,
                 'runs_alone': False,
                 'options': [{'names': ['-o', '--output'],
                              'value': 'FILE',
                              'many': False,
                              'help': 'Write to this file instead of printing.',
                              'choices': [],
                              'path': True,
                              'number': False,
                              'low': None,
                              'high': None,
                              'hidden': False}],
                 'arguments': [],
                 'commands': []},
 'export ics': {'summary': 'Your plan as an iCalendar file.',
                'help': 'Your plan as an iCalendar file.\n'
                        '\n'
                        'One event per week, milestone events and pauses.\n'
                        '\n'
                        'Import it again after a replan or a pause: events are updated, not '
                        'duplicated,\n'
                        'and those your plan no longer has come again as cancelled.\n'
                        '\n'
                        '\x08\n'
                        'Example: fashioncoach export ics --output plan.ics',
                'hidden': False,
                'runs_alone': False,
                'options': [{'names': ['-o', '--output'],
                             'value': 'OUTPUT',
                             'many': False,
                             'help': 'Write to this file instead of the screen.',
                             'choices': [],
                             'path': True,
                             'number': False,
                             'low': None,
                             'high': None,
                             'hidden': False}],
                'arguments': [],
                'commands': []},
 'set': {'summary': 'Change a setting of your plan.',
         'help': 'Change a setting of your plan.\n\nExample: fashioncoach set hours 6',
         'hidden': False,
         'runs_alone': False,
         'options': [],
         'arguments': [],
         'commands': ['hours']},
 'set hours': {'summary': 'Change your weekly budget of hours (set first with: start --hours).',
               'help': 'Change your weekly budget of hours (set first with: start --hours).\n'
                       '\n'
                       'Your plan keeps its finish, so more hours move your forecast earlier '
                       '(you get\n'
                       'ahead) and fewer move it later; with --replan the forecast on the new '
                       'budget\n'
                       'becomes your plan.\n'
                       '\n'
                       '\x08\n'
                       'Example: fashioncoach set hours 6 --replan',
               'hidden': False,
               'runs_alone': False,
               'options': [{'names': ['--replan'],
                            'value': '',
                            'many': False,
                            'help': 'Make the forecast on the new budget your plan.',
                            'choices': [],
                            'path': False,
                            'number': False,
                            'low': None,
                            'high': None,
                            'hidden': False},
                           {'names': ['--my-pace'],
                            'value': '',
                            'many': False,
                            'help': 'Plan at your own pace: the estimates times your ratio of '
                                    'recorded hours (known once 5 actions have hours from done '
                                    '--hours).',
                            'choices': [],
                            'path': False,
                            'number': False,
                            'low': None,
                            'high': None,
                            'hidden': False}],
               'arguments': [{'name': 'HOURS',
                              'many': False,
                              'required': True,
                              'help': 'Hours you can give each week, 0.5 to 80.',
                              'choices': [],
                              'path': False,
                              'number': True,
                              'low': 0.5,
                              'high': 80.0,
                              'hidden': False}],
               'commands': []},
 'roadmap': {'summary': 'Work with roadmap files.',
             'help': 'Work with roadmap files.\n'
                     '\n'
                     'Example: fashioncoach roadmap validate my-guide.toml',
             'hidden': False,
             'runs_alone': False,
             'options': [],
             'arguments': [],
             'commands': ['validate', 'import', 'use', 'list']},
 'roadmap validate': {'summary': 'Check a roadmap file: a one-line summary, or every problem '
                                 'found.',
                      'help': 'Check a roadmap file: a one-line summary, or every problem '
                              'found.\n'
                              '\n'
                              '\x08\n'
                              'Example: fashioncoach roadmap validate my-guide.toml --drafts',
                      'hidden': False,
                      'runs_alone': False,
                      'options': [{'names': ['--drafts'],
                                   'value': '',
                                   'many': False,
                                   'help': 'List the actions roadmap import drafted.',
                                   'choices': [],
                                   'path': False,
                                   'number': False,
                                   'low': None,
                                   'high': None,
                                   'hidden': False}],
                      'arguments': [{'name': 'PATH',
                                     'many': False,
                                     'required': True,
                                     'help': 'The roadmap file to check.',
                                     'choices': [],
                                     'path': True,
                                     'number': False,
                                     'low': None,
                                     'high': None,
                                     'hidden': False}],
                      'commands': []},
 'roadmap import': {'summary': 'Turn a guide ("From X to Y: Your N-Month Transition Guide") '
                               'into a roadmap: every course, book, tool... a chain of steps, '
                               'every goal its own steps, in an order that puts each after '
                               'what it needs, with hours from the kind of work.',
                    'help': 'Turn a guide ("From X to Y: Your N-Month Transition Guide") into '
                            'a roadmap: every\n'
                            'course, book, tool... a chain of steps, every goal its own steps, '
                            'in an order that\n'
                            'puts each after what it needs, with hours from the kind of work.\n'
                            '\n'
                            'Every sentence of the guide is kept. The actions it drafts are '
                            'marked draft = true:\n'
                            'refine them, and list them with: roadmap validate FILE --drafts.\n'
                            '\n'
                            '\x08\n'
                            'Example: fashioncoach roadmap import guide.txt -o my-roadmap.toml',
                    'hidden': False,
                    'runs_alone': False,
                    'options': [{'names': ['-o', '--output'],
                                 'value': 'FILE',
                                 'many': False,
                                 'help': 'The roadmap file to write; default a name from the '
                                         "guide's roles, here.",
                                 'choices': [],
                                 'path': True,
                                 'number': False,
                                 'low': None,
                                 'high': None,
                                 'hidden': False},
                                {'names': ['--force'],
                                 'value': '',
                                 'many': False,
                                 'help': 'Replace FILE if it exists.',
                                 'choices': [],
                                 'path': False,
                                 'number': False,
                                 'low': None,
                                 'high': None,
                                 'hidden': False},
                                {'names': ['--hours'],
                                 'value': 'HOURS',
                                 'many': False,
                                 'help': 'The weekly hours the plan is drafted for; default 8.',
                                 'choices': [],
                                 'path': False,
                                 'number': True,
                                 'low': 0.5,
                                 'high': 80.0,
                                 'hidden': False}],
                    'arguments': [{'name': 'GUIDE',
                                   'many': False,
                                   'required': True,
                                   'help': 'A career guide of the family, in plain text or '
                                           'Markdown.',
                                   'choices': [],
                                   'path': True,
                                   'number': False,
                                   'low': None,
                                   'high': None,
                                   'hidden': False}],
                    'commands': []},
 'roadmap use': {'summary': 'Follow a roadmap of your own in every command, until you choose '
                            'another.',
                 'help': 'Follow a roadmap of your own in every command, until you choose '
                         'another.\n'
                         '\n'
                         '--roadmap and FASHIONCOACH_ROADMAP still win for one command. Your '
                         'progress is kept\n'
                         'per roadmap, so switching never mixes it.\n'
                         '\n'
                         '\x08\n'
                         'Example: fashioncoach roadmap use my-roadmap.toml',
                 'hidden': False,
                 'runs_alone': False,
                 'options': [{'names': ['--bundled'],
                              'value': '',
                              'many': False,
                              'help': 'Follow the bundled roadmap again.',
                              'choices': [],
                              'path': False,
                              'number': False,
                              'low': None,
                              'high': None,
                              'hidden': False}],
                 'arguments': [{'name': 'PATH',
                                'many': False,
                                'required': False,
                                'help': 'The roadmap file to follow from now on.',
                                'choices': [],
                                'path': True,
                                'number': False,
                                'low': None,
                                'high': None,
                                'hidden': False}],
                 'commands': []},
 'roadmap list': {'summary': 'The bundled roadmap and those you follow, and which one is in '
                             'use.',
                  'help': 'The bundled roadmap and those you follow, and which one is in use.\n'
                          '\n'
                          '\x08\n'
                          'Example: fashioncoach roadmap list',
                  'hidden': False,
                  'runs_alone': False,
                  'options': [],
                  'arguments': [],
                  'commands': []},
 'help': {'summary': 'Show the help of the program, or of a command.',
          'help': 'Show the help of the program, or of a command.\n'
                  '\n'
                  'Example: fashioncoach help set hours',
          'hidden': False,
          'runs_alone': False,
          'options': [],
          'arguments': [{'name': 'COMMAND',
                         'many': True,
                         'required': False,
                         'help': 'The command, as you would type it: phase show.',
                         'choices': [],
                         'path': False,
                         'number': False,
                         'low': None,
                         'high': None,
                         'hidden': False}],
          'commands': []},
 'completion': {'summary': 'Print the shell completion script, or install it.',
                'help': 'Print the shell completion script, or install it.\n'
                        '\n'
                        'TAB then completes commands, options and the ids of your actions. '
                        'Installing\n'
                        "writes the script to the shell's own completion folder and, for bash "
                        'and zsh,\n'
                        'adds the line that loads it to ~/.bashrc or ~/.zshrc; no other '
                        'setting changes.\n'
                        '\n'
                        'Example: fashioncoach completion zsh --install',
                'hidden': False,
                'runs_alone': False,
                'options': [{'names': ['--install'],
                             'value': '',
                             'many': False,
                             'help': 'Install the script where the shell finds it, instead of '
                                     'printing it.',
                             'choices': [],
                             'path': False,
                             'number': False,
                             'low': None,
                             'high': None,
                             'hidden': False}],
                'arguments': [{'name': 'SHELL',
                               'many': False,
                               'required': False,
                               'help': 'bash, zsh or fish; default the shell you are in.',
                               'choices': ['bash', 'zsh', 'fish'],
                               'path': False,
                               'number': False,
                               'low': None,
                               'high': None,
                               'hidden': False}],
                'commands': []}}
