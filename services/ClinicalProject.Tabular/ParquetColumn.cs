using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace ClinicalProject.Tabular;

/// <summary>One Parquet column of the current row group, its values shown as text.</summary>
public abstract class ParquetColumn
{
    public abstract Task LoadAsync(ParquetRowGroupReader group, int rows, CancellationToken cancellationToken);

    public abstract ReadOnlySpan<char> Text(int row, Span<char> buffer);

    /// <summary>A reader for the field's type, or null for types a dataset never needs (lists, structs, binary).</summary>
    public static ParquetColumn? For(DataField field) => field.IsArray ? null : Type.GetTypeCode(field.ClrType) switch
    {
        // Parquet.Net 6 reports UTF-8 string columns as ReadOnlyMemory<char>; they read as strings.
        _ when field.ClrType == typeof(ReadOnlyMemory<char>) => new Strings(field),
        TypeCode.String => new Strings(field),
        TypeCode.Byte => new Numbers<byte>(field),
        TypeCode.SByte => new Numbers<sbyte>(field),
        TypeCode.Int16 => new Numbers<short>(field),
        TypeCode.UInt16 => new Numbers<ushort>(field),
        TypeCode.Int32 => new Numbers<int>(field),
        TypeCode.UInt32 => new Numbers<uint>(field),
        TypeCode.Int64 => new Numbers<long>(field),
        TypeCode.Double => new Numbers<double>(field),
        TypeCode.Single => new Numbers<float>(field),
        TypeCode.Decimal => new Numbers<decimal>(field),
        TypeCode.DateTime => new Numbers<DateTime>(field, "yyyy-MM-dd"),
        _ when field.ClrType == typeof(DateOnly) => new Numbers<DateOnly>(field, "yyyy-MM-dd"),
        _ => null,
    };

    private sealed class Strings(DataField field) : ParquetColumn
    {
        private string?[] _values = [];

        public override async Task LoadAsync(ParquetRowGroupReader group, int rows, CancellationToken cancellationToken)
        {
            if (_values.Length < rows)
            {
                _values = new string?[rows];
            }

            await group.ReadAsync(field, _values.AsMemory(0, rows), null, cancellationToken);
        }

        public override ReadOnlySpan<char> Text(int row, Span<char> buffer) => _values[row];
    }

    private sealed class Numbers<T>(DataField field, string? format = null) : ParquetColumn where T : struct, ISpanFormattable
    {
        private T?[] _values = [];
        private T[] _required = [];

        public override async Task LoadAsync(ParquetRowGroupReader group, int rows, CancellationToken cancellationToken)
        {
            if (field.IsNullable)
            {
                if (_values.Length < rows)
                {
                    _values = new T?[rows];
                }

                await group.ReadAsync(field, _values.AsMemory(0, rows), null, cancellationToken);
            }
            else
            {
                if (_required.Length < rows)
                {
                    _required = new T[rows];
                }

                await group.ReadAsync(field, _required.AsMemory(0, rows), null, cancellationToken);
            }
        }

        public override ReadOnlySpan<char> Text(int row, Span<char> buffer)
        {
            T? value = field.IsNullable ? _values[row] : _required[row];
            return value is { } v && v.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture) ? buffer[..written] : [];
        }
    }
}
