namespace VmoKernel.Model.Invariants;

/// <summary>A broken invariant: its spec ID and a message that starts with the ID and shows the offending values.</summary>
public sealed record InvariantViolation(string Id, string Message)
{
    public static InvariantViolation Of(string id, string detail) => new(id, $"{id}: {detail}");

    public override string ToString() => Message;
}
