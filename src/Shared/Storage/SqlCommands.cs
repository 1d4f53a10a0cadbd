using System.Data.Common;
using System.Globalization;

namespace WellbeingKit.Storage;

/// <summary>ADO.NET commands with <c>@name</c> parameters and the column readers both SQL stores use.</summary>
internal static class SqlCommands
{
    /// <summary>A command on <paramref name="connection"/> (in <paramref name="transaction"/> when given); a null value is sent as SQL NULL.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>An integer column, whatever integer type the database returns.</summary>
    public static int Int(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>A text column that may be NULL.</summary>
    public static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
