#!/usr/bin/env bash
# Adds projects to ClinicalProject.sln. `dotnet sln add` cannot evaluate the AppHost where Aspire's SDK is
# missing and drops its configuration lines when it rewrites the file: this puts them back.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet sln ClinicalProject.sln add "$@"
python3 - <<'PY'
import re
p = 'ClinicalProject.sln'
s = open(p, encoding='utf-8-sig').read()
m = re.search(r'"ClinicalProject\.AppHost", "[^"]+", "(\{[0-9A-F-]+\})"', s)
guid = m.group(1)
if f'{guid}.Debug|Any CPU.ActiveCfg' not in s:
    cfg = s[s.index('GlobalSection(SolutionConfigurationPlatforms)'):]
    cfg = cfg[:cfg.index('EndGlobalSection')]
    confs = re.findall(r'\t\t(\S+\|[^=]+?) = ', cfg)
    lines = ''.join(f'\t\t{guid}.{c}.ActiveCfg = {c.split("|")[0]}|Any CPU\n\t\t{guid}.{c}.Build.0 = {c.split("|")[0]}|Any CPU\n' for c in confs)
    anchor = 'GlobalSection(ProjectConfigurationPlatforms) = postSolution\n'
    j = s.index(anchor) + len(anchor)
    s = s[:j] + lines + s[j:]
    open(p, 'w', encoding='utf-8-sig').write(s)
PY
