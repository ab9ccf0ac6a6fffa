// Rows of a table (a CSV file or a workbook's sheet) before the mapping reads them: the part
// that differs between the two formats. The mapping, resolved against the header, is shared.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "eligo/batch.h"

namespace eligo {

class CsvMapping;

/// One row as the table numbers it (the header is row 1 of a CSV file; a sheet's own numbers).
struct Row {
    std::uint64_t number = 0;
    std::vector<std::string> cells;
};

/// Cuts a table into rows, skipping blank ones. Used by one thread at a time.
class RowReader {
public:
    virtual ~RowReader() = default;
    /// The next row that is not blank; false at the end or after a failure.
    virtual bool next(Row& row) = 0;
    virtual const std::string& name() const = 0;
    virtual std::uint64_t bytes_read() const = 0;
    virtual std::optional<std::uint64_t> bytes_total() const = 0;
    virtual const std::optional<Error>& failure() const = 0;
    /// A workbook's cells are UTF-8 and its dates are day numbers; a CSV file's are text.
    virtual bool workbook() const { return false; }
    /// The workbook counts days from 1904 (old Mac Excel) rather than from 1900.
    virtual bool date1904() const { return false; }
    /// Told the header's width once it is read: a sheet keeps no cell past it but the first,
    /// so that a row reaching column XFD costs a cell, not 16,384.
    virtual void header_width(std::size_t columns) { (void)columns; }
};

/// A workbook's sheet (`sheet` by name, or the first when empty) as rows of cell text; refused
/// when its shared strings pass `max_strings_bytes`.
Expected<std::unique_ptr<RowReader>> open_sheet(const std::string& path, const std::string& sheet,
                                                std::size_t max_strings_bytes);

/// Reads the header, checks it against the mapping and returns the rows to come as records.
Expected<std::unique_ptr<RecordSource>> open_table(std::unique_ptr<RowReader> reader,
                                                   std::shared_ptr<const CsvMapping> mapping,
                                                   const TableOptions& options);

/// The day a workbook's serial day number stands for (1900 or 1904 system); nullopt for a
/// number that is no day (negative, too large, or 29 February 1900, which never was).
std::optional<Date> workbook_date(double serial, bool date1904);

}  // namespace eligo
