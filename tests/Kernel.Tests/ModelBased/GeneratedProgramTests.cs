using FsCheck;
using FsCheck.Fluent;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Tests.Kernel.Exploration;
using Xunit.Abstractions;

namespace VmoKernel.Tests.Kernel.ModelBased;

/// <summary>
/// The model-vs-kernel test widened to concurrent programs (issue 16): FsCheck generates the Generated
/// harness's programs as data (an <see cref="ExplicitWorkload"/>: for each of the three user threads a few
/// operations, each the list of choices that picks its surface, call and arguments; for the reclaimer one
/// level or none) and a Coyote seed, and runs them on the actor kernel under Coyote for a few schedules
/// each, the refinement monitor holding every linearized call to the model and the invariant monitors
/// running as in exploration. FsCheck shrinks a failure by deleting operations. Bounded and seeded, so it
/// runs the same way every time. It has no seeded-bug twin of its own: programs drawn from the whole
/// catalogue are too diffuse to meet a given bug within a test's budget (40 programs of 2 schedules missed
/// LocklessRemovedFromListAfterDiscard, which exploration finds in about 100 iterations); REF-01's twins
/// are ModelBasedTests' and the hunters'.
/// </summary>
[Collection(ExplorationCollection.Name)]
public sealed class GeneratedProgramTests(ITestOutputHelper output)
{
    private const int UserThreads = 3;
    private const int MaxOperations = 4;
    private const int ChoicesPerOperation = 12;

    /// <summary>Coyote schedules of each program: the program is FsCheck's, the interleavings Coyote's.</summary>
    private const uint Schedules = 2;

    private static readonly Config Bounded = Config.QuickThrowOnFailure.WithMaxTest(12).WithReplay(20261203UL, 11UL);

    private static readonly ExplorationProfile Ci = ProfileCatalog.LoadNearest().Find("ci");

    private static readonly Gen<IReadOnlyList<int>> Operation =
        Gen.ArrayOf(Gen.Choose(0, 9999), ChoicesPerOperation).Select(choices => (IReadOnlyList<int>)choices);

    private static readonly Gen<IReadOnlyList<IReadOnlyList<int>>> UserThread =
        from count in Gen.Choose(0, MaxOperations)
        from operations in Gen.ArrayOf(Operation, count)
        select (IReadOnlyList<IReadOnlyList<int>>)operations;

    private static readonly Arbitrary<GeneratedProgram> Programs = Arb.From(
        from seed in Gen.Choose(0, int.MaxValue)
        from users in Gen.ArrayOf(UserThread, UserThreads)
        from reclaims in Gen.Choose(0, 1)
        from reclaim in Gen.ArrayOf(Operation, reclaims)
        select new GeneratedProgram((uint)seed, new ExplicitWorkload([.. users, reclaim])),
        program => ShorterPrograms(program.Workload).Select(w => program with { Workload = w }));

    [Fact]
    [Trait("spec", "REF-01")]
    public void KernelAnswersGeneratedConcurrentProgramsAsTheModelDoes()
    {
        var operations = 0;
        Check.One(Bounded, Prop.ForAll(Programs, program =>
        {
            operations += program.Workload.Operations;
            return Failure(program, []) is not { } failure ? true.ToProperty() : false.Label(failure);
        }));
        output.WriteLine($"{operations} operations over 12 programs");
        Assert.True(operations >= 12 * 4, $"only {operations} operations generated");
    }

    /// <summary>The first failure of a few schedules of the program, as "ID: message", or null.</summary>
    private static string? Failure(GeneratedProgram program, IReadOnlyList<string> bugs)
    {
        var request = new ExplorationRequest(
            HarnessCatalog.Find("Generated"), bugs, Ci with { Seed = program.Seed }, ExplorationBudget.OfIterations(Schedules), program.Workload);
        return ExplorationRunner.Explore(request).Failure?.Message;
    }

    /// <summary>The program without one of its operations, each in turn (what FsCheck shrinks through).</summary>
    private static IEnumerable<ExplicitWorkload> ShorterPrograms(ExplicitWorkload workload) =>
        workload.Threads.SelectMany((operations, thread) => Enumerable.Range(0, operations.Count).Select(op => workload.Without(thread, op)));

    /// <summary>One generated program and the Coyote seed its schedules are drawn with.</summary>
    public sealed record GeneratedProgram(uint Seed, ExplicitWorkload Workload)
    {
        public override string ToString() =>
            $"seed {Seed}: " + string.Join(" | ", Workload.Threads.Select(ops => string.Join(" ", ops.Select(op => $"[{string.Join(",", op)}]"))));
    }
}
