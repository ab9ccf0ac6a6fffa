// The pages' backend: each page's data from the workspace's operations, which check the
// permission and write the audit as they do for the API. The pages never reach the store.
#pragma once

#include <memory>

#include "sessions.h"
#include "web/backend.h"
#include "workspace.h"

namespace eligo::service {

/// `workspace` and `sessions` must outlive the backend.
std::unique_ptr<web::Backend> make_pages(Workspace& workspace, Sessions& sessions);

}  // namespace eligo::service
