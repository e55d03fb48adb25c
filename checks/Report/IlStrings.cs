using System.Reflection;
using System.Reflection.Emit;

namespace VmoKernel.Checks.Report;

/// <summary>
/// The string literals a compiled method loads (its <c>ldstr</c> instructions), found by walking its IL
/// instruction by instruction, so operand bytes are never mistaken for opcodes.
/// </summary>
public static class IlStrings
{
    private static readonly Dictionary<short, OpCode> Codes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(c => c.Value);

    public static IEnumerable<string> Of(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xfe)
            {
                value = (short)(0xfe00 | il[at++]);
            }

            var code = Codes[value];
            if (code == OpCodes.Ldstr)
            {
                yield return method.Module.ResolveString(BitConverter.ToInt32(il, at));
            }

            at += OperandSize(code, il, at);
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
