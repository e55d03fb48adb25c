namespace VmoKernel.Tests.Scenario.Layering;

/// <summary>
/// One <c>&lt;ProjectReference&gt;</c>, both ends as repository-relative paths (<c>checks/Proofs/Proofs.csproj</c>).
/// <see cref="Compiles"/> is false for a build-order-only reference (<c>ReferenceOutputAssembly="false"</c>).
/// </summary>
internal sealed record ProjectReference(string From, string To, bool Compiles);
