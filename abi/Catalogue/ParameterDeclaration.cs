namespace VmoKernel.Abi;

/// <summary>One parameter of a real signature: its C name, its C type and, for a handle, what it names.</summary>
public sealed record ParameterDeclaration(string Name, ParameterKind Kind, HandleTarget Names = HandleTarget.None)
{
    public bool IsHandle => Kind == ParameterKind.Handle;

    public static ParameterDeclaration Handle(string name, HandleTarget names) => new(name, ParameterKind.Handle, names);

    public static ParameterDeclaration Word32(string name) => new(name, ParameterKind.Word32);

    public static ParameterDeclaration Word64(string name) => new(name, ParameterKind.Word64);

    public static ParameterDeclaration Bytes(string name) => new(name, ParameterKind.Bytes);

    public static ParameterDeclaration Level(string name) => new(name, ParameterKind.Level);

    public static ParameterDeclaration KoidList(string name) => new(name, ParameterKind.KoidList);

    public static ParameterDeclaration IoVec(string name) => new(name, ParameterKind.IoVec);
}
