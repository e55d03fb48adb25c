using VmoKernel.Checks.Proofs;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// Seconds per Z3 obligation of <c>checks prove</c> (<see cref="ObligationCatalog"/>), each proved alone.
/// Null when the solver cannot be loaded here; the report says so instead of a table.
/// </summary>
public static class ProofTiming
{
    public static IReadOnlyList<ProofResult>? Run(uint timeoutMs, Action<string> progress)
    {
        try
        {
            var results = new List<ProofResult>();
            foreach (var obligation in ObligationCatalog.All)
            {
                var result = ProofRunner.Prove(obligation, Mutant.None, timeoutMs);
                progress($"proof: {obligation.Name}: {result.Verdict} in {result.Elapsed.TotalSeconds:F2} s");
                results.Add(result);
            }

            return results;
        }
        catch (SolverUnavailableException e)
        {
            progress($"proofs skipped: {e.Message}");
            return null;
        }
    }
}
