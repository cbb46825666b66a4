using System.Data.Common;

namespace MlPipeline.Registry.Sql;

/// <summary>Runs parameterised statements on one connection, inside its transaction when there is one.</summary>
internal sealed class SqlSession(DbConnection connection, DbTransaction? transaction)
{
    public int Execute(string sql, params (string Name, object? Value)[] arguments)
    {
        using var command = Command(sql, arguments);
        return command.ExecuteNonQuery();
    }

    public long? Int64(string sql, params (string Name, object? Value)[] arguments)
    {
        using var command = Command(sql, arguments);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public List<T> Query<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] arguments)
    {
        using var command = Command(sql, arguments);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public T? Single<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] arguments) where T : class =>
        Query(sql, read, arguments).SingleOrDefault();

    private DbCommand Command(string sql, (string Name, object? Value)[] arguments)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in arguments)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
