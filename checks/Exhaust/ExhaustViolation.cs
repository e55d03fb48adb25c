namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// A broken invariant found by the search: the spec ID, the message, and the edge whose step broke it
/// (the state it left, by fingerprint, and the move's index there). <see cref="Depth"/> is the number of
/// calls from the initial state, the length of the shortest path to it.
/// </summary>
public sealed record ExhaustViolation(string Id, string Message, ulong Parent, int Move, int Depth);
