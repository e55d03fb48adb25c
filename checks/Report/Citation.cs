namespace VmoKernel.Checks.Report;

/// <summary>
/// One check citing one spec ID. <see cref="Reference"/> is what the entry's <c>checks:</c> bullet
/// says (spec/README.md forms, e.g. <c>scenario:scenarios/pinning.scn</c>), or null for a kind the
/// bullet grammar has no form for (Coyote tests); <see cref="Name"/> is what the Markdown lists;
/// <see cref="Origin"/> says where the citation was found, for the one-line problem report.
/// </summary>
public sealed record Citation(string Id, CheckKind Kind, string? Reference, string Name, string Origin);
