using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Profiles;

namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// The <c>explore --seeded-bugs all [--profile P] [--shard k/n] [--out DIR] [--summary FILE]</c> mode:
/// every seeded bug of the catalogue (a shard of them), hunted under the profile's budgets by
/// <see cref="SeededBugHunt"/>. Exit 0 when every bug was found, replayed and shrunk; 1 otherwise.
/// </summary>
public static class SeededBugHuntCommand
{
    public const string DefaultOut = "out/seeded-bugs";

    public static int Run(string which, string profileName, string? shard, string outDirectory, string? summaryPath, TextWriter stdout)
    {
        if (which != "all")
        {
            throw new InputException($"--seeded-bugs: expected 'all', got '{which}' (one bug: --seeded-bug NAME)");
        }

        var profile = ProfileCatalog.LoadNearest().Find(profileName);
        var bugs = shard is null ? SeededBugCatalog.All : ExplorationPlan.Shard(SeededBugCatalog.All, shard);
        if (bugs.Count == 0)
        {
            // An empty hunt would report "0 passed, 0 failed" and pass: more shards than bugs is a usage error.
            throw new InputException($"--shard {shard}: no seeded bug falls in this shard ({SeededBugCatalog.All.Count} bugs)");
        }

        var verdicts = new SeededBugHunt(stdout, outDirectory, SeededBugHunt.DefaultShrinkRuns).Run(profile, bugs);
        if (summaryPath is not null)
        {
            if (Path.GetDirectoryName(Path.GetFullPath(summaryPath)) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(summaryPath, SeededBugHunt.Summary(verdicts));
        }

        return verdicts.Any(v => v.Problem is not null) ? ExitCode.Failed : ExitCode.Ok;
    }
}
