using System.Diagnostics;
using System.Globalization;
using Dalhaengi.Core.Benchmarks.Screening;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.ColdStart;

/// <summary>
/// Starts this program again as a fresh process per contender, <c>n</c> times each, round-robin so that every
/// contender sees the same machine load; reports per contender the median whole-process time (start to exit, as
/// the caller sees it) and the median Main → first result the child reports, and checks all agree on the tier.
/// </summary>
internal static class Driver
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    public static int Run(int n, string directory, TextWriter output)
    {
        var set = BuiltInRuleSets.NationalOutreach;
        var rules = Path.Combine(directory, "dalhaengi-coldstart-rules.json");
        var workflow = Path.Combine(directory, "dalhaengi-coldstart-workflow.json");
        var outcomes = Path.Combine(directory, "dalhaengi-coldstart-outcomes.txt");
        File.WriteAllText(rules, RiskRuleSetJson.Serialize(set));
        File.WriteAllText(workflow, RulesEngineTranslation.ToJson(set));
        File.WriteAllLines(outcomes,
        [
            string.Join(' ', set.Rules.Select(r => r.Points).Concat(set.RedFlags.Select(_ => 0))),
            string.Join(' ', set.Rules.Select(_ => -1).Concat(set.RedFlags.Select(f => set.IndexOfTier(f.MinimumTier)))),
            string.Join(' ', set.Tiers.Select(t => t.MinScore)),
        ]);

        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
        List<(string Name, string Program, string[] Args)> contenders =
        [
            ("hello world (same program, no work)", self, ["hello"]),
            ("Dalhaengi, built-in rule set", self, ["ours"]),
            ("Dalhaengi, rule file", self, ["ours-file", rules]),
            ("Microsoft RulesEngine, workflow file", self, ["rulesengine", workflow, outcomes]),
            ("NRules, rule file → rule model", self, ["nrules", rules]),
        ];

        // Our contender alone (Dalhaengi.ColdStart.Ours), published by publish.sh as plain JIT, ReadyToRun and
        // Native AOT; each variant that has been published runs with its own hello world.
        var variants = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "variants"));
        foreach (var (folder, label) in Variants)
        {
            var program = Path.Combine(variants, folder, "Dalhaengi.ColdStart.Ours");
            if (!File.Exists(program))
            {
                output.WriteLine($"({label}: not published; run publish.sh to add it)");
                continue;
            }

            contenders.Add(($"{label}: hello world", program, ["hello"]));
            contenders.Add(($"{label}: Dalhaengi, built-in rule set", program, ["ours"]));
            contenders.Add(($"{label}: Dalhaengi, rule file", program, ["ours-file", rules]));
        }

        var whole = contenders.Select(_ => new List<double>()).ToArray();
        var inMain = contenders.Select(_ => new List<double>()).ToArray();
        var cpuInMain = contenders.Select(_ => new List<double>()).ToArray();
        var cpuWhole = contenders.Select(_ => new List<double>()).ToArray();
        var tiers = contenders.Select(_ => new HashSet<int>()).ToArray();
        for (var round = 0; round < n; round++)
        {
            for (var c = 0; c < contenders.Count; c++)
            {
                var info = new ProcessStartInfo(contenders[c].Program) { RedirectStandardOutput = true, UseShellExecute = false };
                foreach (var a in contenders[c].Args)
                {
                    info.ArgumentList.Add(a);
                }

                var started = Stopwatch.GetTimestamp();
                using var process = Process.Start(info) ?? throw new InvalidOperationException("The child did not start.");
                var line = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                whole[c].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                var parts = line.Split(' ');
                if (process.ExitCode != 0 || parts.Length != 4)
                {
                    output.WriteLine($"{contenders[c].Name}: the child failed (exit {process.ExitCode}): {line}");
                    return 1;
                }

                tiers[c].Add(int.Parse(parts[0], Ic));
                inMain[c].Add(double.Parse(parts[1], Ic) / 1000);
                cpuInMain[c].Add(double.Parse(parts[2], Ic) / 1000);
                cpuWhole[c].Add(double.Parse(parts[3], Ic) / 1000);
            }
        }

        output.WriteLine(string.Create(Ic, $"{n} fresh processes per contender, round-robin; medians in ms (min–max); CPU = the process's CPU time, all threads, up to the result:"));
        output.WriteLine("| Contender | Whole process, wall | Process start → result, CPU | Main → result, wall | Main → result, CPU | Tier |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var c = 0; c < contenders.Count; c++)
        {
            output.WriteLine(string.Create(Ic, $"| {contenders[c].Name} | {Median(whole[c]):F1} ({whole[c].Min():F1}–{whole[c].Max():F1}) | {Median(cpuWhole[c]):F1} | {Median(inMain[c]):F2} ({inMain[c].Min():F2}–{inMain[c].Max():F2}) | {Median(cpuInMain[c]):F2} | {string.Join('/', tiers[c])} |"));
        }

        var agreed = tiers.Where((_, c) => contenders[c].Args[0] != "hello").Select(t => string.Join('/', t)).Distinct().Count() == 1;
        output.WriteLine(agreed ? "all contenders gave the same tier" : "CONTENDERS DISAGREE on the tier");
        return agreed ? 0 : 1;
    }

    private static readonly (string Folder, string Label)[] Variants =
    [
        ("jit", "published, JIT"),
        ("r2r", "published, ReadyToRun"),
        ("aot", "published, Native AOT"),
    ];

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
