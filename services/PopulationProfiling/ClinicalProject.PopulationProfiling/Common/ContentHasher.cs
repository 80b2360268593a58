using System.Security.Cryptography;
using System.Text;

namespace ClinicalProject.PopulationProfiling.Common;

/// <summary>
/// SHA-256 over normalised content, fed piece by piece (lines, numbers, dense arrays) so large content is never
/// concatenated. Each piece is length- or separator-delimited, so different content cannot hash alike by shifting.
/// </summary>
public sealed class ContentHasher : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public ContentHasher Add(string text)
    {
        Span<byte> length = stackalloc byte[4];
        var bytes = Encoding.UTF8.GetBytes(text);
        BitConverter.TryWriteBytes(length, bytes.Length);
        _hash.AppendData(length);
        _hash.AppendData(bytes);
        return this;
    }

    public ContentHasher Add(double value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BitConverter.TryWriteBytes(bytes, value);
        _hash.AppendData(bytes);
        return this;
    }

    public ContentHasher Add(ReadOnlySpan<int> values)
    {
        _hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values));
        return this;
    }

    /// <summary>Lower-case hex, 64 characters.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
