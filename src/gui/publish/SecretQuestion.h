#pragma once

#include "publish/Portal.h"

#include <QString>
#include <optional>

class QWidget;

namespace OutageDesk {

// The password dialog for a portal that asks for its secret at each publish (and
// for a connection test of one). What is typed is returned, never stored.
class SecretQuestion
{
public:
    enum class Purpose { Publish, Test };
    // nullopt when cancelled or left empty.
    static std::optional<QString> ask(QWidget *parent, const Portal &portal, Purpose purpose);
};

} // namespace OutageDesk
