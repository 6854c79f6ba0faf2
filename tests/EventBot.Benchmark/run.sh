#!/usr/bin/env bash
# Builds EventBot, the floor bot and the benchmark in Release, then runs the benchmark:
#   tests/EventBot.Benchmark/run.sh            everything (about 6 minutes): cold starts, load at 1/10/50/200
#                                              conversations for EventBot and the floor, in-process turn times
#   tests/EventBot.Benchmark/run.sh soak       the 2-minute load run at 50 conversations
#   tests/EventBot.Benchmark/run.sh announce   an announcement to 1,000 people through a fake connector
#   tests/EventBot.Benchmark/run.sh help       every mode and option
# The report (Markdown) is printed and kept in TestResults/benchmark-<mode>.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! build=$(dotnet build tests/EventBot.Benchmark -c Release -nologo 2>&1); then echo "$build"; exit 1; fi
mkdir -p TestResults
mode="${1:-all}"
[ "$mode" = help ] && set -- usage
dotnet tests/EventBot.Benchmark/bin/Release/net10.0/EventBot.Benchmark.dll "$@" | tee "TestResults/benchmark-$mode.md"
