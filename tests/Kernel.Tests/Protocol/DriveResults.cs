using VmoKernel.Abi;

namespace VmoKernel.Tests.Kernel.Protocol;

/// <summary>The results of a <see cref="DriveEvent"/>'s calls, in the order the calls were listed.</summary>
public sealed record DriveResults(IReadOnlyList<SyscallResult> SetUp, IReadOnlyList<SyscallResult> Racing, IReadOnlyList<SyscallResult> FollowUp);
