namespace VmoKernel.Abi;

/// <summary>What a call returned: its status and, on success, its value (<see cref="Value.None"/> on failure).</summary>
public sealed record SyscallResult(Status Status, Value Value)
{
    public static SyscallResult Error(Status status) => new(status, Value.None);

    public static SyscallResult ZxOk(Value? value = null) => new(Status.ZxOk, value ?? Value.None);

    public static SyscallResult Ok(Value? value = null) => new(Status.Ok, value ?? Value.None);

    public bool Succeeded => StatusNames.IsSuccess(Status);

    public override string ToString() =>
        Value is NoValue ? StatusNames.Name(Status) : $"{StatusNames.Name(Status)} {Value}";
}
