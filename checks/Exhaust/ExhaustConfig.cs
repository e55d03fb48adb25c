namespace VmoKernel.Checks.Exhaust;

/// <summary>One named configuration of <c>exhaust.json</c>: the state constraint and the argument domains.</summary>
public sealed record ExhaustConfig(string Name, string Description, StateBounds Bounds, CallDomains Domains);
