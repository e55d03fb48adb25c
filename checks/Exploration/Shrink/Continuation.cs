namespace VmoKernel.Checks.Exploration.Shrink;

/// <summary>
/// What Coyote does past the end of a replayed prefix: a strategy name as Coyote writes it in a trace
/// (<c>random</c>, <c>dfs</c>, ...), its bound and its seed. <c>dfs</c> on its first iteration always takes
/// the first enabled operation and the first value, so it continues a prefix without inventing choices.
/// </summary>
public sealed record Continuation(string Strategy, int Bound, uint Seed)
{
    /// <summary>The deterministic continuation ddmin's candidates use.</summary>
    public static Continuation FirstChoices { get; } = new("dfs", 0, 0);
}
