namespace VmoKernel.Tests.Proof.Agreement.Linux;

/// <summary>
/// Fixed samples of <see cref="LinuxProgram"/> choice arrays for the agreement tests' facts: the non-vacuity
/// counts and the must-fail twins, which scan programs until a mutated encoding disagrees with the model.
/// </summary>
internal static class ProgramSamples
{
    /// <summary><paramref name="count"/> choice arrays from one seed.</summary>
    public static IEnumerable<int[]> From(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return [.. Enumerable.Range(0, 10).Select(_ => random.Next())];
        }
    }

    /// <summary>Fails unless <paramref name="disagreement"/> (a failure text, or null) reports one for some sampled program.</summary>
    public static void AssertSomeDisagreement(int seed, int count, Func<int[], string?> disagreement, string encoding)
    {
        if (!From(seed, count).Any(choices => disagreement(choices) is not null))
        {
            Assert.Fail($"no program told the {encoding} encoding from the model");
        }
    }
}
