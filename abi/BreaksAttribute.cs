namespace VmoKernel.Abi;

/// <summary>
/// On a member of a seeded-bug enum (the kernel's <c>SeededBug</c>, the model's <c>ModelFaults</c>): the
/// spec ID whose check must catch the bug when it is switched on. The one place a bug's invariant is
/// written; the catalogues, profiles, hunts and the traceability report read it from here. It lives in
/// abi/ because both kernels, which never see each other, declare bugs with it.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class BreaksAttribute(string specId) : Attribute
{
    /// <summary>The catalogue ID of spec/ (e.g. <c>INV-DISC-01</c>) the bug's hunt must report.</summary>
    public string SpecId { get; } = specId;
}
