#!/usr/bin/env bash
# Publishes EventBot and the floor bot (Release, ReadyToRun, as deployed), builds the benchmark, then runs it:
#   tests/EventBot.Benchmark/run.sh            everything (about 10 minutes): cold starts, load at 1/10/50/200
#                                              conversations for EventBot and the floor, in-process turn times
#   tests/EventBot.Benchmark/run.sh soak       the 2-minute load run at 50 conversations
#   tests/EventBot.Benchmark/run.sh announce   an announcement to 1,000 people through a fake connector
#   tests/EventBot.Benchmark/run.sh help       every mode and option
# The report (Markdown) is printed and kept in TestResults/benchmark-<mode>.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
rid="$(dotnet --info | awk '/RID:/ { print $2; exit }')"
published="$PWD/tests/EventBot.Benchmark/bin/published"
step() { if ! out=$("$@" 2>&1); then echo "$out"; exit 1; fi; }
step dotnet publish src/EventBot -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$published/eventbot" -nologo
step dotnet publish tests/EventBot.FloorBot -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$published/floor" -nologo
step dotnet build tests/EventBot.Benchmark -c Release -nologo
mkdir -p TestResults
mode="${1:-all}"
[ "$mode" = help ] && set -- usage
EVENTBOT_BENCHMARK_PUBLISHED="$published" dotnet tests/EventBot.Benchmark/bin/Release/net10.0/EventBot.Benchmark.dll "$@" | tee "TestResults/benchmark-$mode.md"
