using System.Runtime.CompilerServices;
using System.Text.Unicode;
using ClinicalProject.PopulationProfiling.Territories.Import;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// Reads one part of a split CSV file straight from its UTF-8 bytes: lines found and fields cut with vectorised
/// searches, and only the fields asked for decoded (strictly) to text. Used for files <see cref="CsvFileSplit"/>
/// accepted, which hold no quote character, so a field never contains a delimiter or a line break; every row is
/// numbered as the plain reader numbers it (a blank line counts as a row and is skipped).
/// </summary>
internal sealed class Utf8PartSource : IRecordSource
{
    private const int MaxFields = 64;

    private readonly Stream _part;
    private readonly byte _delimiter;
    private readonly int[] _ordinals;
    private readonly int _headerFields;
    private readonly (int Start, int Length)[] _fields = new (int, int)[MaxFields];
    private readonly char[][] _text;
    private byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private int _fieldCount;
    private (int Start, int Length) _line;
    private bool _eof;

    public Utf8PartSource(Stream part, char delimiter, IReadOnlyList<int> ordinals, int headerFields, IReadOnlySet<RecordField> fields)
    {
        _part = part;
        _headerFields = headerFields;
        _delimiter = (byte)delimiter;
        _ordinals = [.. ordinals];
        Fields = fields;
        _text = _ordinals.Select(_ => new char[128]).ToArray();
    }

    public IReadOnlySet<RecordField> Fields { get; }

    public long Row { get; private set; }

    public double Progress => _part.Length == 0 ? 1 : (double)_part.Position / _part.Length;

    public bool IsBlank
    {
        get
        {
            foreach (var b in _buffer.AsSpan(_line.Start, _line.Length))
            {
                if (b != ' ' && b != '\t')
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Fields are cut up to <see cref="MaxFields"/>; a row with more still counts as having extra ones.</summary>
    public int ExtraFields => Math.Max(0, _fieldCount - _headerFields);

    public ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read());
    }

    /// <summary>The next line, synchronously: the part's stream is a file read ahead by the OS.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                Cut(_start, newline);
                _start += newline + 1;
                return true;
            }

            if (_eof)
            {
                if (_end > _start)
                {
                    Cut(_start, _end - _start); // a last line without a line break
                    _start = _end;
                    return true;
                }

                return false;
            }

            Refill();
        }
    }

    /// <summary>The current row's field as the file's bytes, untrimmed and unchecked; empty when absent.</summary>
    public ReadOnlySpan<byte> Bytes(RecordField field)
    {
        var ordinal = _ordinals[(int)field];
        if ((uint)ordinal >= (uint)_fieldCount)
        {
            return [];
        }

        var (start, length) = _fields[ordinal];
        return _buffer.AsSpan(start, length);
    }

    public ReadOnlySpan<char> Text(RecordField field)
    {
        var ordinal = _ordinals[(int)field];
        if (ordinal < 0 || ordinal >= _fieldCount)
        {
            return [];
        }

        var (start, length) = _fields[ordinal];
        var bytes = _buffer.AsSpan(start, length);
        var chars = _text[(int)field];
        if (chars.Length < length)
        {
            chars = _text[(int)field] = new char[length];
        }

        if (Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            throw new DatasetFileException(new ImportError((int)Math.Min(Row, int.MaxValue), null, null, ImportRules.InvalidEncoding,
                "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and send it again."));
        }

        return chars.AsSpan(0, written).Trim();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask; // the caller owns the part's stream

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Cut(int start, int length)
    {
        if (length > 0 && _buffer[start + length - 1] == '\r')
        {
            length--;
        }

        Row++;
        _line = (start, length);
        _fieldCount = 0;
        var line = _buffer.AsSpan(start, length);
        var offset = 0;
        while (_fieldCount < MaxFields)
        {
            var next = line[offset..].IndexOf(_delimiter);
            if (next < 0)
            {
                _fields[_fieldCount++] = (start + offset, line.Length - offset);
                break;
            }

            _fields[_fieldCount++] = (start + offset, next);
            offset += next + 1;
        }
    }

    private void Refill()
    {
        // Keep the unfinished line, make room, read on; a line longer than the buffer doubles it.
        var remaining = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, remaining);
        }
        else if (remaining == _buffer.Length)
        {
            if (_buffer.Length >= 1 << 26)
            {
                throw new DatasetFileException(new ImportError((int)Math.Min(Row + 1, int.MaxValue), null, null, ImportRules.InvalidCsv,
                    "A line is longer than 64 MiB: is this a CSV file?"));
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _start = 0;
        _end = remaining;
        var read = _part.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
