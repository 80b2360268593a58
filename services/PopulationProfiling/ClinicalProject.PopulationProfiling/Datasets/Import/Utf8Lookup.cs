using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// Codes (territories, indicators, age-band labels, sexes) looked up straight from a file's UTF-8 bytes, without
/// decoding each field to text: an open-addressing table over the codes' ASCII bytes. Only exact ASCII codes are
/// found (a code with padding of its own never is: the text path trims fields); anything else (padding, other spellings, other scripts) is left to the text path, which has the rules
/// and the error messages. Read-only once built, so every reader of a file shares one.
/// </summary>
internal sealed class Utf8Lookup
{
    private readonly byte[][] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    public Utf8Lookup(IEnumerable<KeyValuePair<string, int>> codes)
    {
        var ascii = codes.Where(c => c.Key.Length > 0 && Ascii.IsValid(c.Key) && c.Key.Trim().Length == c.Key.Length).ToList();
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, ascii.Count * 2));
        (_keys, _values, _mask) = (new byte[size][], new int[size], size - 1);
        foreach (var (code, value) in ascii)
        {
            var key = Encoding.ASCII.GetBytes(code);
            var slot = Hash(key) & _mask;
            while (_keys[slot] is { } taken && !taken.AsSpan().SequenceEqual(key))
            {
                slot = (slot + 1) & _mask;
            }

            (_keys[slot], _values[slot]) = (key, value);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<byte> code, out int value)
    {
        for (var slot = Hash(code) & _mask; _keys[slot] is { } key; slot = (slot + 1) & _mask)
        {
            if (code.SequenceEqual(key))
            {
                value = _values[slot];
                return true;
            }
        }

        value = 0;
        return false;
    }

    // FNV-1a: the keys come from the catalogue and the hierarchy, not from the file, so no flooding to fear.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
