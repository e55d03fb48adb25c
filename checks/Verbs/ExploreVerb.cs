using System.CommandLine;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Checks.Verbs;

/// <summary>
/// <c>checks explore [--profile NAME] [--test NAME] [--seeded-bug NAME] [--out DIR]</c>: explores the
/// profile's harnesses (or the one hunting a seeded bug) with <see cref="ExploreCommand"/>. Exit 0: no bug;
/// 1: a bug, its trace saved under DIR and the one command that replays it printed; 2: bad usage or input.
/// <c>--list-seeded-bugs</c> prints each seeded bug and the invariant it breaks; <c>--shard k/n</c> runs one
/// n-th of the profile; <c>--junit</c> and <c>--summary</c> write CI reports (the summary with each bug's
/// sequence diagram), checked before exploring and replaced only with <c>--force</c>;
/// <c>--coverage FILE</c> writes the coverage under concurrency (<c>--require-overlap</c>: exit 1 when a call
/// never overlapped another); <c>--seeded-bugs all</c> hunts every seeded bug (<see cref="SeededBugHuntCommand"/>).
/// </summary>
public sealed class ExploreVerb : IVerb
{
    public Command Build()
    {
        var profile = new Option<string>("--profile") { Description = $"profile in coyote.json (default {ExploreCommand.DefaultProfile})" };
        var test = new Option<string>("--test") { Description = "explore only this harness" };
        var seededBug = new Option<string>("--seeded-bug") { Description = "switch this seeded kernel bug on and hunt it" };
        var output = new Option<string>("--out") { Description = $"directory for saved traces (default {ExploreCommand.DefaultOut})" };
        var list = new Option<bool>("--list-seeded-bugs") { Description = "print every seeded bug and the invariant it breaks" };
        var junit = new Option<string>("--junit") { Description = "also write a JUnit XML report to this file" };
        var summary = new Option<string>("--summary") { Description = "also write a Markdown summary to this file" };
        var shard = new Option<string>("--shard") { Description = "run only shard k/n of the profile's runs (for n parallel CI jobs)" };
        var force = new Option<bool>("--force") { Description = "overwrite existing --junit and --summary files" };
        var coverage = new Option<string>("--coverage") { Description = "also write the coverage under concurrency (Markdown) to this file" };
        var requireOverlap = new Option<bool>("--require-overlap") { Description = "with --coverage: fail (exit 1) when a call of the catalogue never overlapped another call" };
        var seededBugs = new Option<string>("--seeded-bugs") { Description = "'all': hunt every seeded bug; each must be found with its spec ID, replay identically and shrink" };
        var command = new Command("explore", "explore Coyote schedules of the kernel harnesses under a coyote.json profile");
        foreach (var option in new Option[] { profile, test, seededBug, output, list, junit, summary, shard, force, seededBugs, coverage, requireOverlap })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(list))
            {
                return ExploreCommand.ListSeededBugs(stdout);
            }

            if (parse.GetValue(seededBugs) is { } which)
            {
                if (parse.GetResult(test) is not null || parse.GetResult(seededBug) is not null || parse.GetResult(junit) is not null
                    || parse.GetResult(coverage) is not null)
                {
                    throw new InputException("--seeded-bugs: cannot be combined with --test, --seeded-bug, --junit or --coverage");
                }

                return SeededBugHuntCommand.Run(which, parse.GetValue(profile) ?? ExploreCommand.DefaultProfile, parse.GetValue(shard),
                    parse.GetValue(output) ?? SeededBugHuntCommand.DefaultOut, parse.GetValue(summary), stdout);
            }

            return ExploreCommand.Run(
                new ExploreOptions(
                    parse.GetValue(profile) ?? ExploreCommand.DefaultProfile, parse.GetValue(test), parse.GetValue(seededBug), parse.GetValue(shard),
                    parse.GetValue(output) ?? ExploreCommand.DefaultOut, parse.GetValue(junit), parse.GetValue(summary), parse.GetValue(force),
                    parse.GetValue(coverage), parse.GetValue(requireOverlap)),
                stdout);
        });
        return command;
    }
}
