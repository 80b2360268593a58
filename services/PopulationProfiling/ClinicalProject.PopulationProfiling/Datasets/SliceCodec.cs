using System.IO.Compression;
using System.Runtime.InteropServices;

namespace ClinicalProject.PopulationProfiling.Datasets;

/// <summary>
/// Dense count blocks to bytes and back: little-endian int32s through zlib (fastest level). Counts are mostly
/// small and often zero (events per DA and stratum), so a Quebec slice of 2 MB shrinks several-fold.
/// </summary>
public static class SliceCodec
{
    public static byte[] Encode(ReadOnlySpan<int> cells)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(MemoryMarshal.AsBytes(cells));
        }

        return output.ToArray();
    }

    public static int[] Decode(byte[] encoded, int cellCount)
    {
        var cells = new int[cellCount];
        DecodeInto(encoded, cells);
        return cells;
    }

    /// <summary>Decodes into a buffer the caller owns (a pooled one, in the profile computations).</summary>
    public static void DecodeInto(byte[] encoded, Span<int> cells)
    {
        using var zlib = new ZLibStream(new MemoryStream(encoded), CompressionMode.Decompress);
        zlib.ReadExactly(MemoryMarshal.AsBytes(cells));
    }
}
