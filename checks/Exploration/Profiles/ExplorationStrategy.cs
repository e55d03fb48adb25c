namespace VmoKernel.Checks.Exploration.Profiles;

/// <summary>How Coyote chooses the next scheduling step; the names are the ones <c>coyote.json</c> uses.</summary>
public enum ExplorationStrategy
{
    /// <summary>Uniform random choice at every step (<c>random</c>).</summary>
    Random,

    /// <summary>Keeps running the current operation, switching with probability 0.5^bound (<c>probabilistic</c>).</summary>
    Probabilistic,

    /// <summary>PCT: random priorities with at most <c>strategyBound</c> priority changes (<c>prioritization</c>).</summary>
    Prioritization,

    /// <summary>Coyote's tuned portfolio of strategies, one per iteration (<c>portfolio</c>).</summary>
    Portfolio,

    /// <summary>
    /// Depth-first search of every schedule up to <c>maxSteps</c> scheduling steps (<c>dfs</c>); when it has
    /// run them all it stops before its iteration budget, and the run reports the bound's space exhausted.
    /// </summary>
    Dfs,
}
