// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace orgdesk {

// What went wrong, in a form the caller can branch on (code) and show to a person (message).
// Layers below ui/ return these instead of showing dialogs or aborting.
enum class ErrorCode {
    InvalidInput,    // the person gave something we cannot accept
    NotFound,        // the thing asked for does not exist
    Conflict,        // the thing exists already or was changed meanwhile
    PermissionDenied,// the signed-in user may not do this
    IllegalState,    // the case is not in a state that allows this step
    Corrupt,         // stored or supplied data is damaged
    NeedsPassword,   // a document is encrypted and no (or a wrong) password was given
    Unsupported,     // a file type or version we do not handle
    Io,              // reading or writing a file failed (disk full, no access, ...)
    Database,        // the database refused a statement
    Timeout,         // work took longer than allowed and was abandoned
    Cancelled,       // the person or the program cancelled the work
};

struct Error
{
    ErrorCode code = ErrorCode::Database;
    QString message; // plain words, already translated where it reaches a person
};

// A value or an Error. Small std::expected stand-in (C++23 is not available on Debian 12's g++).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message)
{
    return Error { code, std::move(message) };
}

} // namespace orgdesk
