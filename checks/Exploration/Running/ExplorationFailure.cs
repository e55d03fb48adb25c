namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// A bug Coyote found, as users read it: the spec ID it violates (null only for an unexpected exception,
/// which no spec names) and the whole message, which starts with that ID.
/// </summary>
public sealed record ExplorationFailure(string? SpecId, string Message)
{
    public override string ToString() => Message;
}
